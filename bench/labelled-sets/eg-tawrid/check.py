#!/usr/bin/env python3
"""Independent validator for the eg-tawrid set (does not import gen.py).

python3 check.py [DIR]   (default: the folder of this file)
Prints PASS/FAIL lines and "ALL CHECKS PASSED" (exit 0) or a failure summary (exit 1).
"""
import collections
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
D = sys.argv[1] if len(sys.argv) > 1 else HERE
FAILS = []


def result(name, ok, detail=""):
    print(("PASS " if ok else "FAIL ") + name + ((" -- " + detail) if detail and not ok else ""))
    if not ok:
        FAILS.append(name)


# ---------------------------------------------------------------- normalisers
AR_IND = {c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
AR_IND.update({c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})


def west(s):
    return "".join(AR_IND.get(c, c) for c in s)


def norm_email(e):
    return e.strip().lower() if e else None


CCS = ["966", "971", "962", "20"]


def phone_set(field):
    if not field:
        return set()
    s = west(field)
    parts = re.split(r"\s/\s|,|;|\s-\s|\sاو\s|\sor\s|\|", s)
    out = set()
    for p in parts:
        plus = "+" in p
        d = re.sub(r"\D", "", p)
        if len(d) < 7:
            continue
        if d.startswith("00"):
            d, plus = d[2:], True
        nat = None
        if plus:
            for cc in CCS:
                if d.startswith(cc):
                    nat = d[len(cc):]
                    break
        if nat is None:
            if d.startswith("0"):
                nat = d[1:]
            elif len(d) == 12 and d[:2] == "20":
                nat = d[2:]
            elif len(d) == 12 and d[:3] in ("966", "971", "962"):
                nat = d[3:]
            else:
                nat = d
        out.add(nat.lstrip("0"))
    return out


def ar_norm(s):
    s = s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ة", "ه").replace("ى", "ي")
    return s


# place variants (own table): canonical id -> spellings
PLACES = {
    "cairo": "القاهرة|Cairo", "nasr": "مدينة نصر|Nasr City|Madinet Nasr", "helio": "مصر الجديدة|Heliopolis|Masr El Gedida",
    "maadi": "المعادي|Maadi", "shubra": "شبرا|Shubra|Shoubra", "downtown": "وسط البلد|Downtown|Wust El Balad",
    "abbassia": "العباسية|Abbassia|Abbasseya", "ainshams": "عين شمس|Ain Shams",
    "newcairo": "التجمع الخامس|Fifth Settlement|New Cairo|Tagamoa", "mokattam": "المقطم|Mokattam", "helwan": "حلوان|Helwan",
    "zeinab": "السيدة زينب|Sayeda Zeinab", "giza": "الجيزة|Giza|Guiza", "dokki": "الدقي|Dokki|Doqqi",
    "mohandessin": "المهندسين|Mohandessin|Mohandeseen", "agouza": "العجوزة|Agouza", "haram": "الهرم|Haram",
    "faisal": "فيصل|Faisal", "october": "6 أكتوبر|6th of October|6 October|Sixth of October", "zayed": "الشيخ زايد|Sheikh Zayed",
    "imbaba": "إمبابة|Imbaba", "alex": "الإسكندرية|Alexandria|Alex", "smouha": "سموحة|Smouha|Semouha", "sidigaber": "سيدي جابر|Sidi Gaber",
    "roushdy": "رشدي|Roushdy|Rushdy", "miami": "ميامي|Miami", "sidibeshr": "سيدي بشر|Sidi Beshr|Sidi Bishr",
    "mansheya": "المنشية|Mansheya|Manshia", "moharam": "محرم بك|Moharam Bek|Moharram Bey", "agami": "العجمي|Agami|Agamy",
    "stanley": "ستانلي|Stanley", "mansoura": "المنصورة|Mansoura|الدقهلية|Dakahlia|Dakahleya", "tanta": "طنطا|Tanta|الغربية|Gharbia|Gharbeya",
    "zagazig": "الزقازيق|Zagazig|Zakazik|الشرقية|Sharqia|Sharkia", "assiut": "أسيوط|Assiut|Asyut", "minya": "المنيا|Minya",
    "banha": "بنها|Banha|Benha|القليوبية|Qalyubia|Kalyobeya", "shebin": "شبين الكوم|Shebin El Kom|Shibin El Kom|المنوفية|Menoufia|Monufia",
    "damanhour": "دمنهور|Damanhour|البحيرة|Beheira|Behera", "ismailia": "الإسماعيلية|Ismailia", "fayoum": "الفيوم|Fayoum|Faiyum",
    "benisuef": "بني سويف|Beni Suef|Bani Sweif", "sohag": "سوهاج|Sohag|Suhag", "hurghada": "الغردقة|Hurghada|Ghardaqa|البحر الأحمر|Red Sea",
    "portsaid": "بورسعيد|Port Said|Bur Said",
    "riyadh": "الرياض|Riyadh", "jeddah": "جدة|Jeddah|Jiddah", "dammam": "الدمام|Dammam", "dubai": "دبي|Dubai",
    "sharjah": "الشارقة|Sharjah", "abudhabi": "أبوظبي|Abu Dhabi", "amman": "عمان|Amman", "irbid": "إربد|Irbid", "zarqa": "الزرقاء|Zarqa",
}
PLACE_LIST = []
for pid, spell in PLACES.items():
    for v in spell.split("|"):
        PLACE_LIST.append((ar_norm(v.lower()), pid))


def addr_text(a):
    if not a:
        return ""
    return " ".join(a[k] for k in ("line1", "line2", "city", "region", "postalCode") if a.get(k))


def places(a):
    t = ar_norm(west(addr_text(a)).lower())
    return {pid for v, pid in PLACE_LIST if re.search(r"(^|[^a-z])" + re.escape(v) + r"($|[^a-z])", t)}


def numbers(a):
    if not a:
        return set()
    t = west(" ".join(a[k] for k in ("line1", "line2") if a.get(k)))
    return set(re.findall(r"\d+", t))


def addr_shared(a, b):
    return bool(a and b and (numbers(a) & numbers(b)) and (places(a) & places(b)))


# name skeletons ---------------------------------------------------------------
AR_MAP = {"ب": "b", "ت": "t", "ث": "s", "ج": "g", "ح": "h", "خ": "k", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "س": "s",
          "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m",
          "ن": "n", "ه": "h", "پ": "b", "ڤ": "f"}
LAT = {"c": "k", "j": "g", "q": "k", "p": "b", "v": "f", "x": "k"}
TITLES = {"dr", "dr.", "د.", "د", "eng", "eng.", "م.", "hajj", "haj", "elhag", "الحاج", "الحاجه", "أ.", "ا.", "mr", "mr.", "mrs",
          "mrs.", "madam", "السيده", "السيدة", "مدام", "الدكتور", "الدكتوره", "الدكتورة", "المهندس", "دكتور"}


def skel(word):
    w = unicodedata.normalize("NFD", word.lower())
    w = "".join(c for c in w if unicodedata.category(c) != "Mn")
    for a, b in (("kh", "k"), ("sh", "s"), ("gh", "g"), ("ph", "f"), ("ch", "k")):
        w = w.replace(a, b)
    out = []
    for c in w:
        if c in AR_MAP:
            out.append(AR_MAP[c])
        elif "a" <= c <= "z" and c not in "aeiouyw":
            out.append(LAT.get(c, c))
    s = ""
    for c in out:
        if not s or s[-1] != c:
            s += c
    if len(s) >= 3 and s[0] == "l":
        s = s[1:]
    return s


def name_tokens(disp, strip_paren=True, raw_words=False):
    if not disp:
        return []
    d = re.sub(r"\(.*?\)", " ", disp) if strip_paren else disp.replace("(", " ").replace(")", " ")
    d = d.replace("-", " ").replace("،", " ").replace(",", " ")
    raw = [t for t in d.split() if t]
    raw = [t for t in raw if t.lower() not in TITLES]
    merged = []
    i = 0
    while i < len(raw):
        t = raw[i]
        tl = t.lower()
        while tl in ("el", "al", "abd", "abdel", "abdul", "عبد", "abd-el") and i + 1 < len(raw):
            i += 1
            t = t + raw[i]
            tl = raw[i].lower()
        merged.append(t)
        i += 1
    merged = [m for m in merged if m.lower() not in ("elhag", "elhaj")]
    if raw_words:
        return merged
    return [skel(m) for m in merged if skel(m)]


GENERIC = set(ar_norm(w.lower().strip(".")) for w in (
    "pharmacy pharmacies saydaliyat صيدلية صيدليات صيدليه lab labs laboratory laboratories medical med center centre clinic "
    "hospital hosp specialized specialised general eye ophthalmology dental polyclinic for supplies supply sae llc co company "
    "trading trdg est establishment and partners sons group branch university univ faculty fac of dept department the "
    "معمل معامل للتحاليل الطبية الطبي مركز عيادة مستشفى مستشفي التخصصي العام للعيون شركة للتجارة والتوريدات مؤسسة وشركاه "
    "وأولاده مجموعة فرع جامعة كلية قسم للمستلزمات للأدوية ش.م.م ذ.م.م لطب الأسنان مستوصف drug store drugstore "
    "equipment commercial ltd مستودع أدوية مختبرات دكتور الدكتور dr pediatric dr. import export charity association "
    "association جمعية الخيرية").split())


def core_tokens(name):
    words = name_tokens(name, strip_paren=False, raw_words=True)
    return [skel(w) for w in words if ar_norm(w.lower().strip(".")) not in GENERIC and len(skel(w)) >= 2]


def core_shared(a, b):
    ta, tb = core_tokens(a), core_tokens(b)
    ja, jb = "".join(ta), "".join(tb)
    return any(t in jb for t in ta) or any(t in ja for t in tb)


def tok_in(t, toks):
    return t in toks


# ---------------------------------------------------------------- load
def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


try:
    S = load(os.path.join(D, "set.jsonl"))
    M = load(os.path.join(D, "meta.jsonl"))
    result("files parse as JSON lines", True)
except Exception as ex:  # noqa
    result("files parse as JSON lines", False, str(ex))
    print("FAILED: cannot read files")
    sys.exit(1)

# ---------------------------------------------------------------- format
COUNTRIES = {"EG", "SA", "AE", "JO", "Egypt", "EGYPT", "egypt", "مصر", "Arab Republic of Egypt", "Saudi Arabia", "KSA",
             "السعودية", "المملكة العربية السعودية", "UAE", "United Arab Emirates", "الإمارات", "Jordan", "الأردن",
             "Hashemite Kingdom of Jordan", "ARAB REPUBLIC OF EGYPT", "SAUDI ARABIA", "JORDAN", "UNITED ARAB EMIRATES"}
CKEYS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]
AKEYS = ["line1", "line2", "city", "region", "postalCode", "country"]
bad = []
for i, r in enumerate(S):
    if list(r.keys()) != ["set", "entity", "contact"]:
        bad.append((i, "keys"))
        continue
    if r["set"] != ("existing" if i < 1500 else "incoming"):
        bad.append((i, "set"))
    if not re.fullmatch(r"c[0-9a-f]{7}", r["entity"]):
        bad.append((i, "entity"))
    c = r["contact"]
    if list(c.keys()) != CKEYS:
        bad.append((i, "contact keys"))
        continue
    for k in CKEYS[:-1]:
        if c[k] is not None and (not isinstance(c[k], str) or not c[k].strip()):
            bad.append((i, k))
    if not c["displayName"]:
        bad.append((i, "displayName null"))
    a = c["address"]
    if a is not None:
        if not isinstance(a, dict) or list(a.keys()) != AKEYS:
            bad.append((i, "address keys"))
        else:
            for k in AKEYS:
                if a[k] is not None and (not isinstance(a[k], str) or not a[k].strip()):
                    bad.append((i, "address." + k))
            if a["country"] is not None and a["country"] not in COUNTRIES:
                bad.append((i, "country " + a["country"]))
            if not any(a[k] for k in AKEYS[:-1]):
                bad.append((i, "empty address"))
result("set.jsonl: 3000 lines, 1500 existing then 1500 incoming", len(S) == 3000 and all(
    r.get("set") == ("existing" if i < 1500 else "incoming") for i, r in enumerate(S)))
result("set.jsonl: record/contact/address format, non-empty strings or null, country codes/names", not bad, str(bad[:5]))

# ---------------------------------------------------------------- meta basics
mbad = []
if len(M) != 3000:
    mbad.append("len")
for i, m in enumerate(M[:3000]):
    exp_set = "existing" if i < 1500 else "incoming"
    if m.get("set") != exp_set or m.get("index") != (i if i < 1500 else i - 1500) or m.get("entity") != S[i]["entity"]:
        mbad.append((i, "set/index/entity"))
    if m.get("category") not in ("existing", "match", "new", "hard_negative"):
        mbad.append((i, "category"))
    if (m.get("category") == "existing") != (i < 1500):
        mbad.append((i, "existing category position"))
    if not isinstance(m.get("changes"), list) or not m.get("kind"):
        mbad.append((i, "changes/kind"))
result("meta.jsonl: 3000 labels aligned with set.jsonl (set, index, entity, category, kind, changes)", not mbad, str(mbad[:5]))

EX = S[:1500]
IN = S[1500:]
EM = M[:1500]
IM = M[1500:]
cat = collections.Counter(m["category"] for m in IM)
result("counts: 1500 existing, 150 hard negatives", len(EX) == 1500 and cat["hard_negative"] == 150, str(cat))
result("counts: matches about 55% of incoming (50-60%)", 750 <= cat["match"] <= 900, str(cat))
result("counts: new about 35% of incoming (30-40%)", 450 <= cat["new"] <= 600, str(cat))

ORG_KINDS = {"pharmacy", "pharmacy_chain_branch", "clinic", "hospital", "lab", "company", "group_company", "trading_est",
             "university_dept", "ministry_unit", "ngo", "export_org"}
PERSON_KINDS = {"person", "person_coptic", "person_expat", "person_export"}
kb = []
for i, m in enumerate(M):
    c = S[i]["contact"]
    if m["kind"] in ORG_KINDS:
        if not c["companyName"]:
            kb.append((i, "org without companyName"))
    elif m["kind"] in PERSON_KINDS:
        if c["companyName"] is not None:
            kb.append((i, "person with companyName"))
    else:
        kb.append((i, "unknown kind " + m["kind"]))
result("organisations always have companyName, persons never", not kb, str(kb[:5]))
norg = sum(1 for m in EM if m["kind"] in ORG_KINDS)
result("existing mix: organisations about 55%, persons about 45%", 0.48 <= norg / 1500 <= 0.62, str(norg))

# ---------------------------------------------------------------- existing
names = [r["contact"]["displayName"] for r in EX]
result("existing sorted by displayName.casefold()", all(names[i].casefold() <= names[i + 1].casefold() for i in range(1499)))
result("existing displayName unique (case-insensitive)", len(set(n.casefold() for n in names)) == 1500)
ex_ids = [r["entity"] for r in EX]
result("existing entity ids unique", len(set(ex_ids)) == 1500)
result("every existing record has email, phone or address",
       all(r["contact"]["email"] or r["contact"]["phone"] or r["contact"]["address"] for r in EX))
# no two existing records look like the same customer
dup = []
idx_by = collections.defaultdict(list)
for i, r in enumerate(EX):
    c = r["contact"]
    if c["email"]:
        idx_by["e:" + norm_email(c["email"])].append(i)
    for p in phone_set(c["phone"]):
        idx_by["p:" + p].append(i)
for k, lst in idx_by.items():
    if len(lst) < 2:
        continue
    for a in range(len(lst)):
        for b in range(a + 1, len(lst)):
            ca, cb = EX[lst[a]]["contact"], EX[lst[b]]["contact"]
            ta = name_tokens(ca["companyName"] or ca["displayName"], strip_paren=False)
            tb = name_tokens(cb["companyName"] or cb["displayName"], strip_paren=False)
            if ta == tb or set(ta) == set(tb):
                dup.append((lst[a], lst[b]))
for a in range(0):
    pass
result("no two existing records are one customer (shared mailbox/phone only between different names)", not dup, str(dup[:5]))
ex_index = {r["entity"]: i for i, r in enumerate(EX)}


# ---------------------------------------------------------------- evidence helpers
def verify_evidence(ev, c0, c1):
    probs = []
    for e in ev:
        if e == "email":
            if not (c0["email"] and c1["email"] and norm_email(c0["email"]) == norm_email(c1["email"])):
                probs.append("email")
        elif e == "phone":
            if not (phone_set(c0["phone"]) & phone_set(c1["phone"])):
                probs.append("phone")
        elif e == "address":
            if not addr_shared(c0["address"], c1["address"]):
                probs.append("address")
        else:
            probs.append("unknown:" + e)
    return probs


def check_changes(changes, c0, c1):
    probs = []
    fields = set()
    for ch in changes:
        if not isinstance(ch, str) or ":" not in ch:
            probs.append("bad change " + repr(ch))
            continue
        f = ch.split(":")[0]
        fields.add(f)
        if f not in CKEYS:
            probs.append("unknown field " + f)
        elif c0[f] == c1[f]:
            probs.append("listed but equal " + f)
    for f in CKEYS:
        if c0[f] != c1[f] and f not in fields:
            probs.append("differs but not listed " + f)
    return probs


# ---------------------------------------------------------------- matches
mp = []
for j, m in enumerate(IM):
    if m["category"] != "match":
        continue
    c1 = IN[j]["contact"]
    if m.get("compare_set") != "existing" or m["entity"] not in ex_index or ex_index[m["entity"]] != m.get("compare_index"):
        mp.append((j, "compare target"))
        continue
    if m.get("profile") not in ("light", "medium", "harsh"):
        mp.append((j, "profile"))
    c0 = EX[m["compare_index"]]["contact"]
    if not m.get("evidence"):
        mp.append((j, "no evidence"))
    p = verify_evidence(m.get("evidence", []), c0, c1) + check_changes(m["changes"], c0, c1)
    if c0 == c1:
        p.append("identical to existing")
    if p:
        mp.append((j, p))
result("matches: entity exists in existing at compare_index, profile valid", not [x for x in mp if x[1] in ("compare target", "profile")], str(mp[:3]))
result("matches: evidence non-empty and really shared (email/phone/address normalised), changes consistent", not mp, str(mp[:5]))
prof = collections.Counter(m.get("profile") for m in IM if m["category"] == "match")
result("matches: light, medium and harsh profiles all present", all(prof[k] >= 50 for k in ("light", "medium", "harsh")), str(prof))

# ---------------------------------------------------------------- new
np_ = []
occ = collections.defaultdict(list)
for j, m in enumerate(IM):
    if m["category"] == "new":
        occ[m["entity"]].append(j)
        if m["entity"] in ex_index:
            np_.append((j, "new entity exists in existing"))
for ent, js in occ.items():
    if len(js) > 3:
        np_.append((ent, "more than 3 occurrences"))
    for k, j in enumerate(js):
        m = IM[j]
        if m.get("occurrence") != k + 1:
            np_.append((j, "occurrence numbering"))
        if k == 0:
            continue
        if m.get("compare_set") != "incoming" or m.get("compare_index") != js[0] or m.get("profile") not in ("light", "medium", "harsh"):
            np_.append((j, "repeat compare"))
            continue
        c0, c1 = IN[js[0]]["contact"], IN[j]["contact"]
        if not m.get("evidence"):
            np_.append((j, "no evidence"))
        p = verify_evidence(m.get("evidence", []), c0, c1) + check_changes(m["changes"], c0, c1)
        if p:
            np_.append((j, p))
rep = collections.Counter(len(v) for v in occ.values())
result("new: entities not in existing; occurrences 1..3 in order; repeats compared with first occurrence, evidence real", not np_, str(np_[:5]))
result("new: some repeated twice and some three times", rep[2] >= 20 and rep[3] >= 10, str(rep))

# ---------------------------------------------------------------- hard negatives
all_ids = collections.Counter(r["entity"] for r in S)
hp = []
types = collections.Counter()
for j, m in enumerate(IM):
    if m["category"] != "hard_negative":
        continue
    types[m.get("hn_type")] += 1
    c1 = IN[j]["contact"]
    if m["entity"] in ex_index or all_ids[m["entity"]] != 1:
        hp.append((j, "hn entity not unique / exists"))
    if m.get("anchor") not in ex_index or ex_index[m["anchor"]] != m.get("anchor_index"):
        hp.append((j, "anchor"))
        continue
    if not m.get("rule") or not m.get("hn_type") or not m.get("shared"):
        hp.append((j, "rule/type/shared missing"))
        continue
    c0 = EX[m["anchor_index"]]["contact"]
    if c0 == c1:
        hp.append((j, "identical to anchor"))
    n0 = name_tokens(c0["companyName"] or c0["displayName"], strip_paren=False)
    n1 = name_tokens(c1["companyName"] or c1["displayName"], strip_paren=False)
    if n0 == n1 and places(c0["address"]) & places(c1["address"]) and m["hn_type"] != "namesake_person_elsewhere":
        hp.append((j, "same name in same place"))
    p0 = name_tokens(c0["displayName"])
    p1 = name_tokens(c1["displayName"])
    for s in m["shared"]:
        ok = True
        if s in ("email", "phone", "address"):
            ok = not verify_evidence([s], c0, c1)
        elif s == "city":
            ok = bool(places(c0["address"]) & places(c1["address"]))
        elif s == "name":
            ok = set(p1) <= set(p0) or set(p0) <= set(p1)
        elif s == "family_name":
            ok = bool(p0) and p0[-1] in p1
        elif s == "father_name":
            ok = len(p0) > 1 and len(p1) > 1 and p0[1] == p1[1]
        elif s == "given_as_father":
            ok = (len(p1) > 1 and p0[0] == p1[1]) or (len(p0) > 1 and p1[0] == p0[1])
        elif s == "name_core":
            ok = core_shared(c0["companyName"] or c0["displayName"], c1["companyName"] or c1["displayName"])
        else:
            ok = False
        if not ok:
            hp.append((j, m["hn_type"], "shared " + s + " not verified", c0["displayName"], c1["displayName"]))
    if m["hn_type"] == "namesake_person_elsewhere":
        if places(c0["address"]) & places(c1["address"]) or phone_set(c0["phone"]) & phone_set(c1["phone"]):
            hp.append((j, "namesake not elsewhere"))
    ck = []
    for ch in m["changes"]:
        f = ch.split(":")[0]
        if f not in CKEYS or c0[f] == c1[f]:
            ck.append(ch)
    if ck:
        hp.append((j, "changes", ck))
result("hard negatives: own entity id (not existing, used once), anchor at anchor_index, rule given", not [x for x in hp if x[1] in (
    "hn entity not unique / exists", "anchor", "rule/type/shared missing")], str(hp[:3]))
result("hard negatives: really another customer and really share what they claim", not hp, str(hp[:6]))
result("hard negatives: at least ten kinds", len(types) >= 10, str(types))

# ---------------------------------------------------------------- entity label consistency
ent_cat = collections.defaultdict(set)
for m in IM:
    ent_cat[m["entity"]].add(m["category"])
mix = [e for e, cs in ent_cat.items() if len(cs) > 1]
result("same entity id = same customer (no id is both match/new/hard_negative)", not mix, str(mix[:5]))

# ---------------------------------------------------------------- determinism
gen = os.path.join(D, "gen.py")
if os.path.exists(gen):
    tmp = tempfile.mkdtemp(prefix="egtawrid_")
    hashes = []
    okrun = True
    for seed in ("0", "12345"):
        od = os.path.join(tmp, "h" + seed)
        env = dict(os.environ, PYTHONHASHSEED=seed)
        pr = subprocess.run([sys.executable, gen, "--out", od], env=env, capture_output=True, text=True)
        if pr.returncode != 0:
            okrun = False
            print(pr.stderr[-2000:])
            break
        h = []
        for fn in ("set.jsonl", "meta.jsonl"):
            with open(os.path.join(od, fn), "rb") as fh:
                h.append(hashlib.sha256(fh.read()).hexdigest())
        hashes.append(tuple(h))
    cur = []
    for fn in ("set.jsonl", "meta.jsonl"):
        with open(os.path.join(D, fn), "rb") as fh:
            cur.append(hashlib.sha256(fh.read()).hexdigest())
    shutil.rmtree(tmp, ignore_errors=True)
    result("determinism: PYTHONHASHSEED=0 and 12345 give identical SHA-256", okrun and len(hashes) == 2 and hashes[0] == hashes[1])
    result("determinism: files on disk equal a fresh run", okrun and hashes and hashes[0] == tuple(cur))
else:
    result("determinism: gen.py present", False)

if FAILS:
    print("FAILED: %d check(s): %s" % (len(FAILS), "; ".join(FAILS)))
    sys.exit(1)
print("ALL CHECKS PASSED")
