#!/usr/bin/env python3
"""eg-tawrid: synthetic customer record-linkage benchmark.

Scenario: a Cairo supplier of medical and laboratory consumables (invented),
Alexandria branch, export customers in KSA / UAE / Jordan, QuickBooks Online
(EGP).  Upstream: Arabic order app, English web shop, sales reps' sheets,
an old import.

python3 gen.py [--out DIR]   -> DIR/set.jsonl, DIR/meta.jsonl
Python 3 standard library only; one random.Random(SEED); no iteration over
sets; byte-identical output for any PYTHONHASHSEED.
"""
import json
import os
import random
import sys
import unicodedata

SEED = 20250611
R = random.Random(SEED)


def ch(seq):
    return seq[R.randrange(len(seq))]


def pr(x):
    return R.random() < x


def wch(pairs):
    tot = sum(w for _, w in pairs)
    r = R.random() * tot
    for it, w in pairs:
        r -= w
        if r < 0:
            return it
    return pairs[-1][0]


AR_DIG = "٠١٢٣٤٥٦٧٨٩"


def ar_digits(s):
    return "".join(AR_DIG[int(c)] if c.isdigit() and c in "0123456789" else c for c in s)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# --------------------------------------------------------------------------
# Names: (arabic, [latin variants]); variant 0 is the most common spelling
# --------------------------------------------------------------------------
MALE = [
    ("محمد", ["Mohamed", "Mohammed", "Muhammad", "Mohamad"]),
    ("أحمد", ["Ahmed", "Ahmad"]),
    ("محمود", ["Mahmoud", "Mahmood", "Mahmud"]),
    ("مصطفى", ["Mostafa", "Mustafa", "Moustafa"]),
    ("علي", ["Ali", "Aly"]),
    ("حسن", ["Hassan", "Hasan"]),
    ("حسين", ["Hussein", "Hussien", "Hossein", "Husain"]),
    ("إبراهيم", ["Ibrahim", "Ebrahim"]),
    ("يوسف", ["Youssef", "Yousef", "Yusuf", "Yousif"]),
    ("عمر", ["Omar", "Umar"]),
    ("خالد", ["Khaled", "Khalid"]),
    ("طارق", ["Tarek", "Tariq", "Tarik"]),
    ("عمرو", ["Amr", "Amro"]),
    ("كريم", ["Karim", "Kareem"]),
    ("هشام", ["Hesham", "Hisham"]),
    ("شريف", ["Sherif", "Sharif"]),
    ("وليد", ["Walid", "Waleed"]),
    ("سامح", ["Sameh"]),
    ("أسامة", ["Osama", "Ossama", "Usama"]),
    ("ياسر", ["Yasser", "Yaser", "Yasir"]),
    ("عادل", ["Adel", "Adil"]),
    ("جمال", ["Gamal", "Jamal"]),
    ("عصام", ["Essam", "Issam"]),
    ("السيد", ["El Sayed", "Elsayed", "El-Sayed", "Al Sayed"]),
    ("عبد الله", ["Abdallah", "Abdullah"]),
    ("عبد الرحمن", ["Abdel Rahman", "Abdelrahman", "Abdul Rahman", "Abd El Rahman"]),
    ("عبد العزيز", ["Abdel Aziz", "Abdelaziz", "Abdul Aziz", "Abd El Aziz"]),
    ("عبد الحميد", ["Abdel Hamid", "Abdelhamid", "Abdul Hamid", "Abd El Hamid"]),
    ("عبد الفتاح", ["Abdel Fattah", "Abdelfattah", "Abd El Fattah"]),
    ("فتحي", ["Fathy", "Fathi"]),
    ("سعيد", ["Said", "Saeed", "Saied"]),
    ("رمضان", ["Ramadan"]),
    ("صلاح", ["Salah"]),
    ("منير", ["Mounir", "Munir"]),
    ("نبيل", ["Nabil", "Nabeel"]),
    ("حسام", ["Hossam", "Hosam", "Husam"]),
    ("وائل", ["Wael", "Wa'el"]),
    ("إسلام", ["Eslam", "Islam"]),
    ("أشرف", ["Ashraf"]),
    ("إسماعيل", ["Ismail", "Esmail"]),
    ("سليمان", ["Soliman", "Suleiman"]),
    ("رضا", ["Reda", "Rida"]),
]
FEMALE = [
    ("فاطمة", ["Fatma", "Fatima"]),
    ("مريم", ["Mariam", "Maryam", "Mariem"]),
    ("نور", ["Nour", "Noor"]),
    ("سارة", ["Sara", "Sarah"]),
    ("هبة", ["Heba", "Hiba"]),
    ("منى", ["Mona", "Muna"]),
    ("إيمان", ["Eman", "Iman"]),
    ("ياسمين", ["Yasmin", "Yasmine", "Yasmeen"]),
    ("رانيا", ["Rania", "Ranya"]),
    ("دينا", ["Dina"]),
    ("نهى", ["Noha", "Nuha"]),
    ("شيماء", ["Shaimaa", "Shaymaa", "Shimaa"]),
    ("أسماء", ["Asmaa", "Asma"]),
    ("سلمى", ["Salma"]),
    ("هالة", ["Hala"]),
    ("ريهام", ["Reham", "Riham"]),
    ("مروة", ["Marwa"]),
    ("نادية", ["Nadia", "Nadya"]),
    ("سعاد", ["Soad", "Suad"]),
    ("أمل", ["Amal"]),
]
COPTIC_M = [
    ("مينا", ["Mina", "Meena"]),
    ("جرجس", ["Girgis", "Gerges", "Guirguis"]),
    ("بطرس", ["Boutros", "Botros", "Butrus"]),
    ("مايكل", ["Michael", "Maykel"]),
    ("بيشوي", ["Bishoy", "Beshoy"]),
    ("رامي", ["Ramy", "Rami"]),
    ("شنودة", ["Shenouda", "Shenoda"]),
    ("فادي", ["Fady", "Fadi"]),
    ("مجدي", ["Magdy", "Magdi"]),
    ("ماجد", ["Maged", "Majed"]),
    ("عماد", ["Emad", "Imad"]),
    ("يوحنا", ["Youhanna", "Yohanna"]),
    ("ميخائيل", ["Mikhail", "Mikhael"]),
    ("عادل", ["Adel"]),
    ("سامح", ["Sameh"]),
    ("نبيل", ["Nabil"]),
    ("تادرس", ["Tadros", "Tawadros"]),
    ("فهمي", ["Fahmy", "Fahmi"]),
]
COPTIC_F = [
    ("مارينا", ["Marina"]),
    ("كريستين", ["Christine", "Kristin"]),
    ("ماري", ["Mary", "Marie"]),
    ("إيريني", ["Irene", "Ereny", "Ireny"]),
    ("دميانة", ["Demiana", "Damiana"]),
    ("مريم", ["Mariam", "Maryam"]),
    ("نرمين", ["Nermin", "Nermeen"]),
    ("هالة", ["Hala"]),
]
COPTIC_FAM = [
    ("جرجس", ["Girgis", "Gerges", "Guirguis"]),
    ("حنا", ["Hanna", "Hana"]),
    ("عزيز", ["Aziz"]),
    ("تادرس", ["Tadros", "Tawadros"]),
    ("ميخائيل", ["Mikhail", "Mikhael"]),
    ("بطرس", ["Boutros", "Botros"]),
    ("وهبة", ["Wahba"]),
    ("رزق", ["Rizk", "Rezk"]),
    ("شنودة", ["Shenouda", "Shenoda"]),
    ("فهمي", ["Fahmy", "Fahmi"]),
    ("يوحنا", ["Youhanna", "Yohanna"]),
    ("عبد المسيح", ["Abdel Messih", "Abdelmessih", "Abd El Messih"]),
]
FAMILY = [
    ("الشريف", ["El Sherif", "El-Sherif", "Elsherif", "Al-Sharif"]),
    ("النجار", ["El Naggar", "El-Naggar", "Elnaggar", "Al-Najjar"]),
    ("المصري", ["El Masry", "El-Masri", "Elmasry", "Al-Masri"]),
    ("الشافعي", ["El Shafei", "El-Shafie", "Elshafei"]),
    ("عثمان", ["Osman"]),
    ("منصور", ["Mansour", "Mansur"]),
    ("فرج", ["Farag", "Faraj"]),
    ("الجمال", ["El Gammal", "Elgammal", "Al-Jammal"]),
    ("الحداد", ["El Haddad", "Elhaddad", "Al-Haddad"]),
    ("عطية", ["Attia", "Atteya", "Atia"]),
    ("زكي", ["Zaki", "Zaky"]),
    ("بدوي", ["Badawy", "Badawi"]),
    ("الدسوقي", ["El Desouky", "El-Dessouki", "Eldesouky"]),
    ("الطحان", ["El Tahan", "El-Tahhan"]),
    ("عبد المجيد", ["Abdel Meguid", "Abdelmeguid", "Abdul Majeed", "Abd El Meguid"]),
    ("غنيم", ["Ghoneim", "Ghonim", "Ghunaim"]),
    ("شاهين", ["Shahin", "Shaheen"]),
    ("هلال", ["Helal", "Hilal"]),
    ("سالم", ["Salem", "Salim"]),
    ("خليل", ["Khalil", "Khaleel"]),
    ("يونس", ["Younes", "Younis", "Yunus"]),
    ("القاضي", ["El Kady", "El-Qadi", "Elkady"]),
    ("البنا", ["El Banna", "El-Bana", "Elbanna"]),
    ("الفقي", ["El Feky", "El-Fiqi", "Elfeky"]),
    ("مرسي", ["Morsy", "Morsi", "Mursi"]),
    ("نصار", ["Nassar", "Nasar"]),
    ("حنفي", ["Hanafy", "Hanafi"]),
    ("عبد الغني", ["Abdel Ghany", "Abdelghany", "Abdul Ghani"]),
    ("الصاوي", ["El Sawy", "El-Sawi", "Elsawy"]),
    ("رشوان", ["Rashwan"]),
    ("الليثي", ["El Leithy", "El-Leisy"]),
    ("السقا", ["El Sakka", "El-Saqqa"]),
    ("بكر", ["Bakr", "Bakir"]),
    ("الحسيني", ["El Husseiny", "El-Hosseiny", "Elhusseini"]),
    ("درويش", ["Darwish", "Darweesh"]),
    ("سلامة", ["Salama", "Salamah"]),
]
GULF_M = [
    ("محمد", ["Mohammed", "Mohammad", "Muhammad"]),
    ("عبد الله", ["Abdullah", "Abdallah"]),
    ("فهد", ["Fahad", "Fahd"]),
    ("سلطان", ["Sultan"]),
    ("فيصل", ["Faisal", "Faysal"]),
    ("سعود", ["Saud"]),
    ("ناصر", ["Nasser", "Naser"]),
    ("خالد", ["Khalid", "Khaled"]),
    ("ماجد", ["Majed", "Majid"]),
    ("تركي", ["Turki"]),
    ("عمر", ["Omar"]),
    ("يوسف", ["Yousef", "Yusuf"]),
]
GULF_FAM = {
    "SA": [("القحطاني", ["Al-Qahtani", "Al Qahtani", "Alqahtani"]), ("العتيبي", ["Al-Otaibi", "Al Otaibi", "Alotaibi"]),
           ("الغامدي", ["Al-Ghamdi", "Alghamdi"]), ("الحربي", ["Al-Harbi", "Alharbi"]), ("الشهري", ["Al-Shehri", "Alshehri"]),
           ("الدوسري", ["Al-Dosari", "Aldosari", "Al Dossary"])],
    "AE": [("المنصوري", ["Al Mansouri", "Al-Mansoori"]), ("الحمادي", ["Al Hammadi", "Al-Hammadi"]), ("الكتبي", ["Al Ketbi", "Al-Kaabi" if False else "Alketbi"])],
    "JO": [("الخطيب", ["Al-Khatib", "Al Khateeb", "Alkhatib"]), ("حداد", ["Haddad"]), ("عبيدات", ["Obeidat", "Obaidat"]),
           ("الزعبي", ["Al-Zoubi", "Al Zubi", "Alzoubi"]), ("ناصر", ["Nasser"])],
}
EXPAT_GIVEN = [
    ("راجيش", ["Rajesh"]), ("أنيل", ["Anil"]), ("بريا", ["Priya"]), ("ماريا", ["María", "Maria"]), ("خوسيه", ["José", "Jose"]),
    ("إيلينا", ["Elena"]), ("أولغا", ["Olga"]), ("سيرجي", ["Sergei", "Sergey"]), ("ماركو", ["Marco"]), ("آنا", ["Anna"]),
    ("توماس", ["Thomas"]), ("يورغن", ["Jürgen", "Juergen", "Jurgen"]), ("فرانسوا", ["François", "Francois"]),
    ("زوفيا", ["Zofia"]), ("أندريه", ["André", "Andre"]),
]
EXPAT_FAM = [
    ("ناير", ["Nair"]), ("مينون", ["Menon"]), ("سانتوس", ["Santos"]), ("رييس", ["Reyes"]), ("بتروفا", ["Petrova"]),
    ("إيفانوف", ["Ivanov"]), ("روسي", ["Rossi"]), ("باور", ["Bauer"]), ("مولر", ["Müller", "Mueller", "Muller"]),
    ("غارسيا", ["García", "Garcia"]), ("سانشيز", ["Sánchez", "Sanchez"]), ("دوبوا", ["Dubois"]),
    ("لوفيفر", ["Lefèvre", "Lefevre"]), ("كوفالسكي", ["Kowalski"]), ("نوفاك", ["Novák", "Novak"]),
]
NICK_LAT = {"محمد": ["Mohd", "M.", "Hamada"], "عبد الرحمن": ["Abdo", "A. Rahman"], "عبد الله": ["Abdo"],
            "يوسف": ["Joe"], "مصطفى": ["Mido"], "إبراهيم": ["Hima"], "مايكل": ["Mike"], "جرجس": ["George"],
            "بطرس": ["Peter"], "يوحنا": ["John"], "أحمد": ["Hamada"], "عبد العزيز": ["Zizo"], "مريم": ["Mimi"]}
NICK_AR = {"محمد": ["حمادة", "م."], "عبد الرحمن": ["عبده"], "إبراهيم": ["هيما"], "مصطفى": ["ميدو"], "أحمد": ["حمادة"]}

TITLES = {
    "dr": (["د.", "الدكتور"], ["Dr.", "Dr", "DR."]),
    "eng": (["م.", "المهندس"], ["Eng.", "Eng"]),
    "hajj": (["الحاج"], ["Hajj", "El Hag", "Haj"]),
    "ustaz": (["أ."], ["Mr.", "Mr"]),
    "dra": (["د.", "الدكتورة"], ["Dr.", "Dr"]),
    "mrs": (["السيدة", "مدام"], ["Mrs.", "Madam"]),
}

# --------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------
# city key: (ar, [en], gov_ar, [gov_en], area_code, [(district ar, [en], postcode)])
EG = {
    "cairo": ("القاهرة", ["Cairo"], "القاهرة", ["Cairo", "Cairo Governorate"], "2", [
        ("مدينة نصر", ["Nasr City", "Madinet Nasr"], "11371"), ("مصر الجديدة", ["Heliopolis", "Masr El Gedida"], "11341"),
        ("المعادي", ["Maadi", "El Maadi"], "11431"), ("شبرا", ["Shubra", "Shoubra"], "11231"),
        ("وسط البلد", ["Downtown", "Wust El Balad"], "11511"), ("العباسية", ["Abbassia", "El Abbasseya"], "11381"),
        ("عين شمس", ["Ain Shams"], "11771"), ("التجمع الخامس", ["Fifth Settlement", "New Cairo", "El Tagamoa El Khames"], "11835"),
        ("المقطم", ["Mokattam", "El Mokattam"], "11571"), ("حلوان", ["Helwan"], "11795"),
        ("السيدة زينب", ["Sayeda Zeinab", "El Sayeda Zeinab"], "11441")]),
    "giza": ("الجيزة", ["Giza", "Guiza"], "الجيزة", ["Giza", "Giza Governorate"], "2", [
        ("الدقي", ["Dokki", "El Dokki", "Doqqi"], "12311"), ("المهندسين", ["Mohandessin", "Mohandeseen"], "12411"),
        ("العجوزة", ["Agouza", "El Agouza"], "12611"), ("الهرم", ["Haram", "El Haram"], "12556"),
        ("فيصل", ["Faisal"], "12111"), ("6 أكتوبر", ["6th of October", "6 October", "Sixth of October"], "12573"),
        ("الشيخ زايد", ["Sheikh Zayed", "El Sheikh Zayed"], "12588"), ("إمبابة", ["Imbaba"], "12651")]),
    "alex": ("الإسكندرية", ["Alexandria", "Alex"], "الإسكندرية", ["Alexandria", "Alexandria Governorate"], "3", [
        ("سموحة", ["Smouha", "Semouha"], "21648"), ("سيدي جابر", ["Sidi Gaber"], "21523"), ("رشدي", ["Roushdy", "Rushdy"], "21529"),
        ("ميامي", ["Miami"], "21614"), ("سيدي بشر", ["Sidi Beshr", "Sidi Bishr"], "21611"), ("المنشية", ["Mansheya", "El Manshia"], "21519"),
        ("محرم بك", ["Moharam Bek", "Moharram Bey"], "21511"), ("العجمي", ["Agami", "El Agamy"], "23511"), ("ستانلي", ["Stanley"], "21527")]),
    "mansoura": ("المنصورة", ["Mansoura", "El Mansoura"], "الدقهلية", ["Dakahlia", "Dakahleya"], "50", [("المنصورة", ["Mansoura"], "35511")]),
    "tanta": ("طنطا", ["Tanta"], "الغربية", ["Gharbia", "Gharbeya"], "40", [("طنطا", ["Tanta"], "31511")]),
    "zagazig": ("الزقازيق", ["Zagazig", "Zakazik"], "الشرقية", ["Sharqia", "Sharkia"], "55", [("الزقازيق", ["Zagazig"], "44511")]),
    "assiut": ("أسيوط", ["Assiut", "Asyut"], "أسيوط", ["Assiut"], "88", [("أسيوط", ["Assiut"], "71511")]),
    "minya": ("المنيا", ["Minya", "El Minya"], "المنيا", ["Minya"], "86", [("المنيا", ["Minya"], "61511")]),
    "banha": ("بنها", ["Banha", "Benha"], "القليوبية", ["Qalyubia", "Kalyobeya"], "13", [("بنها", ["Banha"], "13511")]),
    "shebin": ("شبين الكوم", ["Shebin El Kom", "Shibin El Kom"], "المنوفية", ["Menoufia", "Monufia"], "48", [("شبين الكوم", ["Shebin El Kom"], "32511")]),
    "damanhour": ("دمنهور", ["Damanhour"], "البحيرة", ["Beheira", "Behera"], "45", [("دمنهور", ["Damanhour"], "22511")]),
    "ismailia": ("الإسماعيلية", ["Ismailia"], "الإسماعيلية", ["Ismailia"], "64", [("الإسماعيلية", ["Ismailia"], "41511")]),
    "fayoum": ("الفيوم", ["Fayoum", "Faiyum"], "الفيوم", ["Fayoum"], "84", [("الفيوم", ["Fayoum"], "63511")]),
    "benisuef": ("بني سويف", ["Beni Suef", "Bani Sweif"], "بني سويف", ["Beni Suef"], "82", [("بني سويف", ["Beni Suef"], "62511")]),
    "sohag": ("سوهاج", ["Sohag", "Suhag"], "سوهاج", ["Sohag"], "93", [("سوهاج", ["Sohag"], "82511")]),
    "hurghada": ("الغردقة", ["Hurghada", "Ghardaqa"], "البحر الأحمر", ["Red Sea"], "65", [("الغردقة", ["Hurghada"], "84511")]),
    "portsaid": ("بورسعيد", ["Port Said", "Bur Said"], "بورسعيد", ["Port Said"], "66", [("بورسعيد", ["Port Said"], "42511")]),
}
EG_KEYS = list(EG.keys())
EG_WEIGHTS = [("cairo", 34), ("giza", 24), ("alex", 16)] + [(k, 2) for k in EG_KEYS[3:]]

STREETS = [
    ("التحرير", ["El Tahrir", "Tahrir", "El-Tahrir"]), ("جامعة الدول العربية", ["Gameat El Dowal El Arabeya", "Gamet El Dewal"]),
    ("عباس العقاد", ["Abbas El Akkad", "Abbas El-Aqqad"]), ("مكرم عبيد", ["Makram Ebeid", "Makram Ebid"]),
    ("الطيران", ["El Tayaran", "Tayaran"]), ("الهرم", ["El Haram", "Haram"]), ("فيصل", ["Faisal", "King Faisal"]),
    ("الثورة", ["El Thawra", "Thawra"]), ("الحجاز", ["El Hegaz", "Hegaz"]), ("النزهة", ["El Nozha", "Nozha"]),
    ("مصطفى النحاس", ["Mostafa El Nahas", "Moustafa El-Nahhas"]), ("شبرا", ["Shubra", "Shoubra"]),
    ("بورسعيد", ["Port Said", "Bur Said"]), ("الجيش", ["El Geish", "Geish"]), ("فؤاد", ["Fouad", "Fuad"]),
    ("سوريا", ["Syria", "Sourya"]), ("الحرية", ["El Horreya", "Horreya"]), ("خالد بن الوليد", ["Khaled Ibn El Walid", "Khaled Ben El Walid"]),
    ("26 يوليو", ["26th of July", "26 July"]), ("الجمهورية", ["El Gomhoreya", "Gomhoria"]), ("سعد زغلول", ["Saad Zaghloul", "Saad Zaghlol"]),
    ("الجلاء", ["El Galaa", "Galaa"]), ("البحر", ["El Bahr", "Bahr"]), ("المحطة", ["El Mahatta", "Mahatta"]),
    ("أحمد عرابي", ["Ahmed Orabi", "Ahmed Oraby"]), ("شهاب", ["Shehab", "Shihab"]), ("لبنان", ["Lebanon", "Lubnan"]),
    ("السودان", ["El Sudan", "Sudan"]), ("رمسيس", ["Ramses", "Ramsis"]), ("قصر العيني", ["Kasr El Aini", "Qasr El Eyni"]),
    ("الميرغني", ["El Merghany", "Merghani"]), ("عمر بن الخطاب", ["Omar Ibn El Khattab", "Omar Ebn El Khatab"]),
    ("الشهيد أحمد حمدي", ["El Shahid Ahmed Hamdy", "Ahmed Hamdy"]), ("المعز", ["El Moez", "El Muizz"]),
    ("الخليفة المأمون", ["El Khalifa El Maamoun", "Khalifa Maamoun"]), ("النصر", ["El Nasr", "Nasr"]),
]
LANDMARKS = [
    ("أمام محطة المترو", ["in front of the metro station", "opp. Metro station"]),
    ("بجوار مسجد النور", ["beside El Nour Mosque", "next to El Nour mosque"]),
    ("خلف مستشفى الصفا", ["behind El Safa Hospital"]),
    ("بجوار مدرسة الشهيد", ["beside El Shahid School", "next to El Shahid school"]),
    ("أمام السنترال", ["opposite the telephone exchange", "in front of the Centrale"]),
    ("بجوار كنيسة مار جرجس", ["beside Mar Girgis Church", "next to St. George church"]),
    ("أعلى سوبر ماركت الهدى", ["above El Hoda Supermarket"]),
    ("ناصية الشارع العمومي", ["corner of the main street"]),
    ("بجوار قسم الشرطة", ["beside the police station"]),
]
FLOOR_AR = ["الأرضي", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
FLOOR_EN = ["Ground", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"]

# export: country -> cities: (ar, [en], region_ar, [region_en], [(district ar, [en])], [postcodes])
EXPORT = {
    "SA": {"riyadh": ("الرياض", ["Riyadh"], "منطقة الرياض", ["Riyadh Province", "Riyadh Region"], [("العليا", ["Al Olaya", "Olaya"]), ("الملز", ["Al Malaz", "Malaz"]), ("السليمانية", ["Al Sulaimaniyah"]), ("النسيم", ["Al Naseem", "Al Nasim"])], "1"),
           "jeddah": ("جدة", ["Jeddah", "Jiddah"], "منطقة مكة المكرمة", ["Makkah Province", "Makkah Region"], [("الروضة", ["Al Rawdah"]), ("الصفا", ["Al Safa"]), ("العزيزية", ["Al Aziziyah"])], "2"),
           "dammam": ("الدمام", ["Dammam"], "المنطقة الشرقية", ["Eastern Province"], [("الفيصلية", ["Al Faisaliyah"]), ("الشاطئ", ["Al Shati"])], "3")},
    "AE": {"dubai": ("دبي", ["Dubai"], "دبي", ["Dubai"], [("القصيص", ["Al Qusais"]), ("ديرة", ["Deira"]), ("الكرامة", ["Al Karama"])], "4"),
           "sharjah": ("الشارقة", ["Sharjah"], "الشارقة", ["Sharjah"], [("النهدة", ["Al Nahda"]), ("المجاز", ["Al Majaz"])], "6"),
           "abudhabi": ("أبوظبي", ["Abu Dhabi"], "أبوظبي", ["Abu Dhabi"], [("الخالدية", ["Al Khalidiya"]), ("مصفح", ["Mussafah", "Musaffah"])], "2")},
    "JO": {"amman": ("عمان", ["Amman"], "العاصمة", ["Amman Governorate"], [("خلدا", ["Khalda"]), ("الشميساني", ["Shmeisani", "Al Shmeisani"]), ("جبل الحسين", ["Jabal Al Hussein"]), ("عبدون", ["Abdoun"])], "6"),
           "irbid": ("إربد", ["Irbid"], "إربد", ["Irbid Governorate"], [("الحي الشرقي", ["Eastern District"])], "2"),
           "zarqa": ("الزرقاء", ["Zarqa"], "الزرقاء", ["Zarqa Governorate"], [("الزرقاء الجديدة", ["New Zarqa"])], "5")},
}
EXPORT_STREETS = {
    "SA": [("طريق الملك فهد", ["King Fahd Rd", "King Fahad Road"]), ("طريق الملك عبدالعزيز", ["King Abdulaziz Rd", "King Abdul Aziz Road"]),
           ("شارع الأمير سلطان", ["Prince Sultan St", "Prince Sultan Street"]), ("شارع التحلية", ["Tahlia St", "Tahliya Street"]),
           ("طريق المدينة", ["Madinah Rd", "Al Madinah Road"])],
    "AE": [("شارع دمشق", ["Damascus St", "Damascus Street"]), ("شارع الشيخ زايد", ["Sheikh Zayed Rd", "Sheikh Zayed Road"]),
           ("شارع المطار", ["Airport Rd", "Airport Road"]), ("شارع الاتحاد", ["Al Ittihad Rd", "Ittihad Road"])],
    "JO": [("شارع وصفي التل", ["Wasfi Al-Tal St", "Gardens St"]), ("شارع المدينة المنورة", ["Al Madina Al Munawara St", "Medina St"]),
           ("شارع الجامعة", ["University St", "Al Jamaa St"]), ("شارع مكة", ["Makkah St", "Mecca St"])],
}
COUNTRY_FORMS = {
    "EG": ["EG", "Egypt", "مصر", "EGYPT", "Arab Republic of Egypt"],
    "SA": ["SA", "Saudi Arabia", "KSA", "السعودية", "المملكة العربية السعودية"],
    "AE": ["AE", "UAE", "United Arab Emirates", "الإمارات"],
    "JO": ["JO", "Jordan", "الأردن", "Hashemite Kingdom of Jordan"],
}

# --------------------------------------------------------------------------
# Organisation name material
# --------------------------------------------------------------------------
BRANDS_AL = [
    ("النور", ["Nour", "Noor"]), ("الشفاء", ["Shefaa", "Shifa"]), ("الرحمة", ["Rahma"]), ("الأمل", ["Amal"]),
    ("السلام", ["Salam", "Salaam"]), ("الهدى", ["Hoda", "Huda"]), ("الفتح", ["Fath", "Fatah"]), ("المدينة", ["Madina", "Medina"]),
    ("الزهراء", ["Zahraa", "Zahra"]), ("النيل", ["Nil", "Neel"]), ("الصفا", ["Safa"]), ("الفردوس", ["Ferdous", "Firdaus"]),
    ("الحرمين", ["Haramain", "Haramein"]), ("الياسمين", ["Yasmine", "Yasmin"]), ("الندى", ["Nada"]), ("البركة", ["Baraka"]),
    ("الإيمان", ["Eman", "Iman"]), ("الرشيد", ["Rashid", "Rasheed"]), ("الكوثر", ["Kawsar"]), ("الأطباء", ["Atebaa", "Atibbaa"]),
    ("العاصمة", ["Asema", "Asima"]), ("الريان", ["Rayan", "Rayyan"]), ("المستقبل", ["Mostakbal", "Mustaqbal"]), ("الرازي", ["Razy", "Razi"]),
    ("الحكمة", ["Hekma", "Hikma"]), ("النخبة", ["Nokhba", "Nukhba"]), ("الإسراء", ["Esraa", "Israa"]), ("المنار", ["Manar"]),
    ("الأندلس", ["Andalus", "Andalos"]), ("الأهرام", ["Ahram"]), ("الوفاء", ["Wafaa", "Wafa"]), ("النصر", ["Nasr"]),
    ("الجوهرة", ["Gohara", "Jawhara"]), ("الصفوة", ["Safwa"]), ("الفجر", ["Fagr", "Fajr"]), ("الخليج", ["Khaleeg", "Khaleej"]),
    ("الروضة", ["Rawda", "Roda"]), ("الأمانة", ["Amana"]), ("الحياة", ["Haya"]), ("الزهور", ["Zohour", "Zuhur"]),
    ("الواحة", ["Waha"]), ("المروة", ["Marwa"]), ("البشائر", ["Bashaer", "Bashayer"]), ("التوحيد", ["Tawheed", "Tawhid"]),
    ("القدس", ["Kods", "Quds"]), ("الدلتا", ["Delta"]), ("الرعاية", ["Reaya", "Riaya"]), ("الشروق", ["Shorouk", "Shurooq"]),
]
BRANDS_NOAL = [
    ("ابن سينا", ["Ibn Sina", "Ebn Sina"]), ("طيبة", ["Teba", "Taiba", "Tiba"]), ("مكة", ["Makka", "Mecca"]), ("زمزم", ["Zamzam"]),
    ("مصر", ["Misr", "Masr"]), ("سيناء", ["Sinai", "Sina"]), ("نفرتيتي", ["Nefertiti"]), ("ابن النفيس", ["Ibn El Nafis", "Ebn El Nafees"]),
]
CO_BRANDS = [
    ("نايل ميد", ["Nile Med", "Nilemed", "Nile-Med"]), ("دلتا ميديكال", ["Delta Medical", "Delta Medica"]),
    ("ميديتك", ["Meditech", "Medi-Tech", "Meditec"]), ("بيوتك مصر", ["Biotech Misr", "Bio-Tech Masr"]),
    ("جلوبال لاب", ["Global Lab", "Globallab"]), ("فارما بلس", ["Pharma Plus", "Pharmaplus"]),
    ("سيناء ميد", ["Sinai Med", "Sinaimed"]), ("كايرو سيرج", ["Cairo Surg", "CairoSurg"]), ("ألفا ميد", ["Alpha Med", "Alphamed"]),
    ("أوميجا لاب", ["Omega Lab", "Omegalab"]), ("نوفا كير", ["Nova Care", "Novacare"]), ("ميدي سبلاي", ["Medi Supply", "Medisupply"]),
    ("صحة لاين", ["Sehha Line", "Seha Line"]), ("بيور لاب", ["Pure Lab", "Purelab"]), ("تراست ميد", ["Trust Med", "Trustmed"]),
    ("ميدي جلوب", ["Medi Globe", "Mediglobe"]), ("سيف كير", ["Safe Care", "Safecare"]), ("بيو نايل", ["Bio Nile", "Bionile"]),
    ("كيمو لاب", ["Chemo Lab", "Kemo Lab"]), ("ستيريل ميد", ["Steril Med", "Sterilmed"]), ("أكوا ميد", ["Aqua Med", "Aquamed"]),
    ("ديلتا لاب", ["Dilta Lab"]), ("فيجن ميد", ["Vision Med", "Visionmed"]), ("جرين ميد", ["Green Med", "Greenmed"]),
]
CHAINS = [
    ("نور الحياة", ["Nour El Haya", "Nour Al Haya", "Nour Elhaya"], "nourelhaya-pharmacies.com.eg"),
    ("الدواء الشافي", ["El Dawaa El Shafy", "Al Dawa Al Shafi"], "eldawaa-elshafy.com.eg"),
    ("رويال فارما", ["Royal Pharma", "Royal Pharmacies"], "royalpharma-eg.com"),
    ("كير بلس", ["Care Plus", "CarePlus"], "careplus-pharmacies.com.eg"),
    ("الصحة أولاً", ["El Sehha Awalan", "El Seha Awalan"], "elsehha-awalan.com.eg"),
    ("الشروق الطبية", ["El Shorouk El Tebeya", "Al Shurooq Medical"], "elshorouk-pharma.com.eg"),
    ("بيت الدواء", ["Beit El Dawaa", "Bait Al Dawa"], "beiteldawaa.com.eg"),
    ("ميديكا", ["Medica", "Medika"], "medica-pharmacies.com.eg"),
]
GROUPS = [
    ("الشريف", ["El Sherif", "Elsherif"], "elsherif-group.com.eg"),
    ("النجار", ["El Naggar", "Elnaggar"], "elnaggargroup.com.eg"),
    ("الفرسان", ["El Forsan", "Al Forsan"], "elforsan-group.com"),
    ("المتحدة", ["El Motaheda", "United"], "motaheda-group.com.eg"),
    ("العربية", ["El Arabeya", "Arabia"], "arabeya-med.com.eg"),
    ("القمة", ["El Qemma", "El Kemma"], "elqemma-group.com.eg"),
    ("الهلال", ["El Helal", "Al Hilal"], "elhelal-holding.com.eg"),
    ("الماسة", ["El Masa", "El Massa"], "elmassa-group.com.eg"),
    ("النخيل", ["El Nakheel", "El Nakhil"], "elnakheel-group.com"),
    ("الفيروز", ["El Fayrouz", "El Fairouz"], "elfayrouz-group.com.eg"),
]
GROUP_COS = [
    ("pharma", ["{g} للأدوية ش.م.م"], ["{g} Pharma S.A.E.", "{g} Pharmaceuticals SAE"]),
    ("labs", ["معامل {g}", "معامل {g} للتحاليل"], ["{g} Labs", "{g} Laboratories"]),
    ("supplies", ["{g} للمستلزمات الطبية ذ.م.م"], ["{g} Medical Supplies L.L.C.", "{g} Medical Supplies LLC"]),
    ("hospital", ["مستشفى {g}", "مستشفى {g} التخصصي"], ["{g} Hospital", "{g} Specialized Hospital"]),
    ("trading", ["{g} للتجارة والتوزيع"], ["{g} Trading & Distribution Co.", "{g} Trading and Distribution"]),
    ("industries", ["{g} للصناعات الطبية"], ["{g} Medical Industries", "{g} for Medical Industries"]),
    ("import", ["{g} للاستيراد والتصدير"], ["{g} Import & Export", "{g} for Import and Export"]),
]
UNIVS = [
    ("جامعة طيبة الجديدة", ["New Thebes University"], "newthebes.edu.eg", "giza"),
    ("جامعة المعادي الأهلية", ["Maadi National University"], "mnu.edu.eg", "cairo"),
    ("جامعة الإسكندرية الجديدة للعلوم", ["New Alexandria University of Science"], "nausci.edu.eg", "alex"),
    ("جامعة وادي النيل التكنولوجية", ["Nile Valley University of Technology"], "nvut.edu.eg", "benisuef"),
]
FACULTIES = [
    ("كلية الطب", ["Faculty of Medicine"], "med"), ("كلية الصيدلة", ["Faculty of Pharmacy"], "pharm"),
    ("كلية طب الأسنان", ["Faculty of Dentistry", "Faculty of Dental Medicine"], "dent"), ("كلية العلوم", ["Faculty of Science"], "sci"),
    ("كلية الطب البيطري", ["Faculty of Veterinary Medicine"], "vet"),
]
DEPTS = [
    ("قسم الكيمياء الحيوية", ["Biochemistry Department", "Dept. of Biochemistry"], "biochem"),
    ("قسم الباثولوجيا الإكلينيكية", ["Clinical Pathology Department", "Dept. of Clinical Pathology"], "clinpath"),
    ("قسم الميكروبيولوجي", ["Microbiology Department", "Dept. of Microbiology"], "micro"),
    ("قسم الفارماكولوجي", ["Pharmacology Department", "Dept. of Pharmacology"], "pharmacol"),
    ("قسم الهستولوجي", ["Histology Department", "Dept. of Histology"], "histo"),
    ("المعمل المركزي", ["Central Laboratory", "Central Lab"], "centrallab"),
    ("قسم الفسيولوجي", ["Physiology Department", "Dept. of Physiology"], "physio"),
    ("قسم الكيمياء التحليلية", ["Analytical Chemistry Department", "Dept. of Analytical Chemistry"], "anchem"),
]
MINISTRIES = [
    ("وزارة الصحة والسكان", ["Ministry of Health and Population", "Ministry of Health & Population"],
     ("مديرية الشئون الصحية ب", "{gov} Health Affairs Directorate"),
     [("إدارة الصيدلة", ["Pharmacy Administration", "Pharmacy Dept."]), ("إدارة المعامل", ["Laboratories Administration", "Labs Dept."]),
      ("إدارة الطب الوقائي", ["Preventive Medicine Administration"]), ("إدارة المستشفيات", ["Hospitals Administration"]),
      ("إدارة مكافحة العدوى", ["Infection Control Administration"]), ("إدارة بنوك الدم", ["Blood Banks Administration"])], "health"),
    ("وزارة الزراعة واستصلاح الأراضي", ["Ministry of Agriculture and Land Reclamation", "Ministry of Agriculture"],
     ("مديرية الطب البيطري ب", "{gov} Veterinary Medicine Directorate"),
     [("إدارة المعامل البيطرية", ["Veterinary Labs Administration", "Vet Labs Dept."]), ("إدارة الصحة الحيوانية", ["Animal Health Administration"]),
      ("إدارة المجازر", ["Slaughterhouses Administration"])], "vet"),
]
VILLAGES = [
    ("كفر الصالحين", ["Kafr El Salheen", "Kafr El Salhin"]), ("عزبة النخيل", ["Ezbet El Nakheel", "Ezbet El Nakhil"]),
    ("ميت الريحان", ["Mit El Rehan", "Meet El Rayhan"]), ("نجع الشيخ عمران", ["Nagaa El Sheikh Omran"]),
    ("منشأة الأمراء", ["Mansheyet El Omaraa"]), ("كفر الزيات القبلي", ["Kafr El Zayat El Qebly"]),
    ("عزبة الورد", ["Ezbet El Ward"]), ("الكوم الأخضر", ["El Kom El Akhdar"]),
]
SPECS = [("لطب الأطفال", "Pediatric"), ("لطب الأسنان", "Dental"), ("للنساء والتوليد", "OB/GYN"), ("للعيون", "Eye"),
         ("للجلدية", "Dermatology"), ("للباطنة", "Internal Medicine"), ("للعظام", "Orthopedic")]
AGENTS = [
    ("مكتب المحاسب مجدي عزيز", "magdy.aziz.accounting@gmail.com"), ("مكتب الأستاذ حسن الليثي للمحاسبة", "hassan.elleithy.cpa@yahoo.com"),
    ("مكتب البنا للمحاسبة والمراجعة", "office@elbanna-audit.com.eg"), ("مكتب عطية للاستشارات", "attia.consult@outlook.com"),
    ("مكتب يونس للمحاسبة", "younes.accounts@gmail.com"), ("مكتب فرج وشركاه", "accounts@farag-partners.com.eg"),
    ("مكتب رشوان للمراجعة", "rashwan.audit@hotmail.com"), ("مكتب الدسوقي", "eldesouky.office@gmail.com"),
    ("مكتب شاهين للمحاسبة", "shahin.tax@yahoo.com"), ("مكتب سلامة للخدمات المحاسبية", "salama.accounting@outlook.com"),
]
PERSONAL_DOMAINS = [("gmail.com", 50), ("yahoo.com", 22), ("hotmail.com", 14), ("outlook.com", 10), ("yahoo.com.eg", 4)]
AR_ABBR = [("صيدلية", "ص."), ("مستشفى", "مستشفي"), ("للتحاليل الطبية", "للتحاليل"), (" ش.م.م", ""), (" ذ.م.م", ""),
           ("شركة ", "ش. "), ("الدكتور", "د."), ("مؤسسة", "م."), ("جامعة", "ج."), ("والسكان", "")]
EN_ABBR = [("Pharmacy", "Pharm."), ("Pharmacies", "Pharm."), ("Medical", "Med."), ("Laboratories", "Labs"), ("Laboratory", "Lab"),
           ("Hospital", "Hosp."), ("Trading", "Trdg"), (" and ", " & "), ("Establishment", "Est."), ("University", "Univ."),
           ("Department", "Dept."), ("Faculty", "Fac."), ("S.A.E.", "SAE"), ("L.L.C.", "LLC"), ("Company", "Co."),
           ("Specialized", "Spec."), ("Administration", "Admin."), ("Association", "Assoc."), ("Supplies", "Supp."),
           ("Ministry of Health and Population", "MOHP"), ("Equipment", "Equip.")]

# --------------------------------------------------------------------------
# unique allocation
# --------------------------------------------------------------------------
USED_PHONES = set()
USED_EMAILS = set()
USED_ADDR = set()
USED_IDS = set()


def new_id():
    while True:
        e = "c" + "".join(ch("0123456789abcdef") for _ in range(7))
        if e not in USED_IDS:
            USED_IDS.add(e)
            return e


def new_phone(country="EG", kind="mobile", city=None):
    while True:
        if country == "EG":
            if kind == "mobile":
                nat = ch(["10", "10", "11", "12", "12", "15"]) + "".join(ch("0123456789") for _ in range(8))
            else:
                ac = EG[city][4] if city else "2"
                n = 8 if ac == "2" else 7
                nat = ac + ch("23456789") + "".join(ch("0123456789") for _ in range(n - 1))
        elif country == "SA":
            nat = ("5" + ch("0345") if kind == "mobile" else "1" + ch("123")) + "".join(ch("0123456789") for _ in range(7))
        elif country == "AE":
            nat = ("5" + ch("0256") if kind == "mobile" else ch("462")) + "".join(ch("0123456789") for _ in range(7))
        else:
            nat = ("7" + ch("789") if kind == "mobile" else "6") + "".join(ch("0123456789") for _ in range(7))
        if nat not in USED_PHONES:
            USED_PHONES.add(nat)
            return {"cc": {"EG": "20", "SA": "966", "AE": "971", "JO": "962"}[country], "nat": nat, "kind": kind}


def alloc_email(local, domain):
    local = local.lower().replace(" ", "").replace("'", "")
    local = strip_accents(local)
    cand = local + "@" + domain
    k = 0
    while cand in USED_EMAILS:
        k += 1
        cand = local + str(ch(["", "1", "2", "7"]) + str(R.randrange(10, 99))) + "@" + domain
        if k > 50:
            cand = local + str(R.randrange(1000, 9999)) + "@" + domain
    USED_EMAILS.add(cand)
    return cand


def lat0(tok):
    return tok[1][0]


def email_slug(s):
    s = strip_accents(s).lower()
    return "".join(c for c in s if c.isalnum())


def new_addr(country="EG", city=None, kind="home", district=None):
    while True:
        if country == "EG":
            city = city or wch(EG_WEIGHTS)
            dists = EG[city][5]
            d = district if district is not None else R.randrange(len(dists))
            a = {"country": "EG", "city": city, "d": d, "street": R.randrange(len(STREETS)),
                 "num": R.randrange(1, 180), "bldg": None, "floor": None, "apt": None, "shop": None,
                 "landmark": None, "extra": None}
            if kind == "home":
                if pr(0.55):
                    a["bldg"] = R.randrange(1, 60) if pr(0.4) else None
                    a["floor"] = R.randrange(1, 11)
                    a["apt"] = R.randrange(1, 40)
            else:
                if pr(0.35):
                    a["shop"] = R.randrange(1, 12)
                elif pr(0.3):
                    a["floor"] = R.randrange(0, 6)
            if pr(0.22):
                a["landmark"] = R.randrange(len(LANDMARKS))
        else:
            cities = list(EXPORT[country].keys())
            city = city or ch(cities)
            dd = EXPORT[country][city][4]
            a = {"country": country, "city": city, "d": R.randrange(len(dd)), "street": R.randrange(len(EXPORT_STREETS[country])),
                 "num": R.randrange(1000, 9999) if country == "SA" else R.randrange(1, 120), "bldg": None, "floor": None,
                 "apt": R.randrange(101, 1210) if country == "AE" else None, "shop": None, "landmark": None,
                 "extra": R.randrange(1000, 9999) if country == "SA" else (R.randrange(10000, 99999) if country == "AE" else None),
                 "pc": (("1" if city == "riyadh" else "2" if city == "jeddah" else "3") + str(R.randrange(1000, 9999))) if country == "SA"
                 else (str(R.randrange(11100, 11999)) if country == "JO" else None)}
        key = (a["country"], a["city"], a["d"], a["street"], a["num"], a.get("apt"), a.get("floor"))
        if key not in USED_ADDR:
            USED_ADDR.add(key)
            a["id"] = len(USED_ADDR)
            return a


# --------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------
def name_slot(toks, title_ar="", title_en=""):
    ar = " ".join(t[0] for t in toks)
    lats = []
    for k in range(4):
        s = " ".join(t[1][min(k, len(t[1]) - 1)] if k < 2 else t[1][R.randrange(len(t[1]))] for t in toks)
        if s not in lats:
            lats.append(s)
    return (ar, lats)


def brand_variants(b, gulf=False):
    ar, cores = b
    if ar.startswith("ال"):
        out = []
        for c in cores:
            forms = (["Al " + c, "Al-" + c, "Al" + c.lower()] if gulf else
                     ["El " + c, "Al-" + c, "El" + c.lower(), "Al " + c, "El-" + c])
            for f in forms:
                if f not in out:
                    out.append(f)
        return (ar, out)
    return (ar, list(cores))


def pick_person_tokens(kind, gender, country="EG"):
    if kind == "person_coptic":
        given = ch(COPTIC_M if gender == "m" else COPTIC_F)
        father, gf = ch(COPTIC_M), ch(COPTIC_M)
        fam = ch(COPTIC_FAM) if pr(0.7) else ch(COPTIC_M)
        return [given, father, gf, fam]
    if kind == "person_expat":
        return [ch(EXPAT_GIVEN), ch(EXPAT_FAM)]
    if kind == "person_export":
        given = ch(GULF_M) if gender == "m" else ch(FEMALE)
        return [given, ch(GULF_M), ch(GULF_M), ch(GULF_FAM[country])]
    given = ch(MALE if gender == "m" else FEMALE)
    father = ch(MALE)
    gf = ch(MALE)
    fam = ch(FAMILY) if pr(0.62) else ch(MALE)
    return [given, father, gf, fam]


def person_email(toks, gender, expat=False):
    g = email_slug(lat0(toks[0]))
    f = email_slug(lat0(toks[-1]))
    fa = email_slug(lat0(toks[1])) if not expat else ""
    pat = R.randrange(7)
    yy = str(ch([R.randrange(60, 100), R.randrange(1, 9), R.randrange(10, 24)])).zfill(2)
    if pat == 0:
        loc = g + "." + f
    elif pat == 1:
        loc = g + "_" + f + yy
    elif pat == 2:
        loc = g[0] + "." + f
    elif pat == 3 and fa:
        loc = g + "." + fa + yy
    elif pat == 4:
        loc = ("dr." if pr(0.3) else "") + g + f
    elif pat == 5:
        loc = g + yy + "." + (fa or f)
    else:
        loc = f + "." + g
    return alloc_email(loc, wch(PERSONAL_DOMAINS))


def make_person(kind=None, city=None, country=None, gender=None):
    kind = kind or wch([("person", 500), ("person_coptic", 130), ("person_expat", 25), ("person_export", 20)])
    gender = gender or ("m" if pr(0.7) else "f")
    if kind == "person_export":
        country = country or ch(["SA", "SA", "AE", "JO", "JO"])
    else:
        country = "EG"
    toks = pick_person_tokens(kind, gender, country)
    title = None
    if kind != "person_expat":
        if gender == "m":
            title = wch([(None, 70), ("dr", 17), ("eng", 6), ("hajj", 4), ("ustaz", 3)])
        else:
            title = wch([(None, 80), ("dra", 15), ("mrs", 5)])
    else:
        title = wch([(None, 85), ("dr", 15)])
    ent = {"id": new_id(), "org": False, "kind": kind, "gender": gender, "tok": toks, "title": title, "country": country}
    ent["addr"] = new_addr(country, city if country == "EG" else None, "home") if (pr(0.85) or True) else None
    phones = [new_phone(country, "mobile")]
    if pr(0.3) and country == "EG":
        phones.append(new_phone("EG", "landline", ent["addr"]["city"]))
    elif pr(0.1):
        phones.append(new_phone(country, "mobile"))
    ent["phones"] = phones
    ent["email"] = person_email(toks, gender, kind == "person_expat") if pr(0.6 if kind != "person_export" else 0.85) else None
    return ent


def tpl_org(kind, slots, ar_tpl, en_tpl, country="EG", city=None, contact=True, email=None, addr=None, phones=None, **extra):
    ent = {"id": new_id(), "org": True, "kind": kind, "slots": slots, "ar_tpl": ar_tpl, "en_tpl": en_tpl, "country": country}
    ent["addr"] = addr if addr is not None else new_addr(country, city, "shop")
    if phones is None:
        phones = []
        if country == "EG":
            if pr(0.6):
                phones.append(new_phone("EG", "landline", ent["addr"]["city"]))
            if not phones or pr(0.55):
                phones.append(new_phone("EG", "mobile"))
        else:
            phones.append(new_phone(country, "landline" if pr(0.5) else "mobile"))
            if pr(0.3):
                phones.append(new_phone(country, "mobile"))
    ent["phones"] = phones
    ent["email"] = email
    ent["contact"] = None
    if contact and pr(0.55):
        g = "m" if pr(0.7) else "f"
        ck = "person_export" if country != "EG" else ("person_coptic" if pr(0.15) else "person")
        ent["contact"] = pick_person_tokens(ck, g, country)[:2]
        ent["contact_title"] = "dr" if pr(0.3) else None
    ent.update(extra)
    return ent


def org_domain(slug, tld=".com.eg"):
    return slug + tld


def org_email(brand_lat, kind_word, country="EG"):
    s = email_slug(brand_lat)
    r = R.random()
    if r < 0.45:
        return alloc_email(ch(["", "info.", kind_word + ".", ""]) + s + ch(["", "." + kind_word, kind_word]), wch(PERSONAL_DOMAINS))
    tld = {"EG": ch([".com.eg", ".com.eg", ".com"]), "SA": ch([".com.sa", ".sa", ".com"]), "AE": ch([".ae", ".com"]),
           "JO": ch([".jo", ".com.jo", ".com"])}[country]
    dom = s + ch(["", "-" + kind_word, kind_word]) + tld
    return alloc_email(ch(["info", "accounts", "purchasing", "orders", "sales", "admin"]), dom)


def make_brand(gulf=False):
    if pr(0.82):
        return brand_variants(ch(BRANDS_AL), gulf)
    return brand_variants(ch(BRANDS_NOAL), gulf)


def doc_slot():
    g = "m" if pr(0.7) else "f"
    toks = pick_person_tokens("person_coptic" if pr(0.15) else "person", g)
    use = [toks[0], toks[3]] if pr(0.6) else [toks[0], toks[1]]
    return name_slot(use)


def make_org(kind, city=None, country="EG"):
    gulf = country != "EG"
    if kind == "pharmacy":
        if pr(0.15):
            b = doc_slot()
            e = tpl_org(kind, {"b": b}, ["صيدلية د. {b}", "صيدلية الدكتور {b}"], ["Dr. {b} Pharmacy", "Saydaliyat Dr. {b}", "Pharmacy Dr. {b}"], city=city)
        else:
            b = make_brand()
            sfx_ar, sfx_en = "", ""
            e = tpl_org(kind, {"b": b}, ["صيدلية {b}", "صيدليات {b}"], ["{b} Pharmacy", "Saydaliyat {b}", "Pharmacy {b}", "{b} Pharmacies"], city=city)
        e["email"] = org_email(b[1][0], "pharmacy") if pr(0.5) else None
    elif kind == "clinic":
        if pr(0.6):
            b = doc_slot()
            sp = ch(SPECS)
            e = tpl_org(kind, {"b": b}, ["عيادة د. {b} " + sp[0], "عيادة الدكتور {b}"], ["Dr. {b} " + sp[1] + " Clinic", "Dr. {b} Clinic", "Clinic of Dr. {b}"], city=city)
        else:
            b = make_brand()
            if pr(0.5):
                e = tpl_org(kind, {"b": b}, ["مركز {b} الطبي", "المركز الطبي {b}"], ["{b} Medical Center", "{b} Medical Centre"], city=city)
            else:
                e = tpl_org(kind, {"b": b}, ["مركز {b} لطب الأسنان", "مستوصف {b}"], ["{b} Dental Center", "{b} Polyclinic"], city=city)
        e["email"] = org_email(b[1][0], "clinic") if pr(0.45) else None
    elif kind == "hospital":
        b = make_brand()
        v = R.randrange(3)
        if v == 0:
            e = tpl_org(kind, {"b": b}, ["مستشفى {b} التخصصي"], ["{b} Specialized Hospital", "{b} Specialised Hospital", "{b} Hospital"], city=city)
        elif v == 1:
            e = tpl_org(kind, {"b": b}, ["مستشفى {b}", "مستشفى {b} العام"], ["{b} Hospital", "{b} General Hospital"], city=city)
        else:
            e = tpl_org(kind, {"b": b}, ["مستشفى {b} للعيون"], ["{b} Eye Hospital", "{b} Ophthalmology Hospital"], city=city)
        e["email"] = org_email(b[1][0], "hospital") if pr(0.7) else None
    elif kind == "lab":
        if pr(0.25):
            b = doc_slot()
            e = tpl_org(kind, {"b": b}, ["معمل د. {b}", "معمل د. {b} للتحاليل الطبية"], ["Dr. {b} Lab", "Dr. {b} Laboratory", "Dr. {b} Medical Lab"], city=city)
        else:
            b = make_brand() if pr(0.7) else brand_variants(ch(CO_BRANDS))
            e = tpl_org(kind, {"b": b}, ["معمل {b} للتحاليل الطبية", "معامل {b}"], ["{b} Medical Lab", "{b} Labs", "{b} Medical Laboratories"], city=city)
        e["email"] = org_email(b[1][0], "lab") if pr(0.6) else None
    elif kind == "company":
        v = R.randrange(6)
        if v <= 1:
            b = brand_variants(ch(CO_BRANDS))
            e = tpl_org(kind, {"b": b}, ["{b} للأدوية والمستلزمات الطبية ش.م.م", "شركة {b} للمستلزمات الطبية"],
                        ["{b} for Medical Supplies S.A.E.", "{b} Medical Supplies SAE", "{b} Co. for Medical Supplies"], city=city)
        elif v == 2:
            b = brand_variants(ch(CO_BRANDS))
            e = tpl_org(kind, {"b": b}, ["{b} للتجارة ذ.م.م", "شركة {b} للتجارة"], ["{b} Trading L.L.C.", "{b} Trading LLC", "{b} Trading Co."], city=city)
        elif v == 3:
            b = brand_variants(ch(FAMILY))
            e = tpl_org(kind, {"b": b}, ["{b} وشركاه", "شركة {b} وشركاه"], ["{b} & Partners", "{b} and Partners", "{b} & Co."], city=city)
        elif v == 4:
            b = brand_variants(ch(FAMILY))
            e = tpl_org(kind, {"b": b}, ["{b} وأولاده", "شركة {b} وأولاده للتوريدات الطبية"], ["{b} & Sons", "{b} and Sons", "{b} & Sons Medical Supplies"], city=city)
        else:
            b = brand_variants(ch(CO_BRANDS))
            e = tpl_org(kind, {"b": b}, ["مجموعة {b}", "مجموعة {b} الطبية"], ["{b} Group", "{b} Medical Group"], city=city)
        e["email"] = org_email(b[1][0], "co") if pr(0.8) else None
    elif kind == "trading_est":
        b = make_brand() if pr(0.6) else brand_variants(ch(FAMILY))
        e = tpl_org(kind, {"b": b}, ["مؤسسة {b} للتجارة والتوريدات", "مؤسسة {b} للتوريدات الطبية"],
                    ["{b} Trading Est.", "{b} Est. for Medical Supplies", "Establishment {b} for Trading"], city=city)
        e["email"] = org_email(b[1][0], "est") if pr(0.6) else None
    elif kind == "ngo":
        if pr(0.6):
            b = make_brand()
            e = tpl_org(kind, {"b": b}, ["جمعية {b} الخيرية", "جمعية {b} الخيرية لرعاية المرضى"],
                        ["{b} Charity Association", "Gameyat {b} El Khayreya", "{b} Charitable Society"], city=city)
        else:
            b = ch(VILLAGES)
            e = tpl_org(kind, {"b": b}, ["جمعية تنمية المجتمع المحلي ب{b}", "جمعية تنمية المجتمع ب{b}"],
                        ["Community Development Association of {b}", "{b} Community Development Association", "CDA {b}"], city=city)
        e["email"] = org_email(b[1][0], "ngo") if pr(0.35) else None
    elif kind == "export_org":
        country = ch(["SA", "SA", "AE", "JO", "JO"])
        b = make_brand(gulf=True) if pr(0.6) else brand_variants(ch(CO_BRANDS))
        if country == "SA":
            t = R.randrange(3)
            ar_t = [["مؤسسة {b} التجارية"], ["شركة {b} للتجهيزات الطبية المحدودة"], ["صيدليات {b}"]][t]
            en_t = [["{b} Trading Est.", "{b} Commercial Est."], ["{b} Medical Equipment Co. Ltd.", "{b} Medical Equipment Company Ltd"], ["{b} Pharmacies", "{b} Pharmacy"]][t]
        elif country == "AE":
            ar_t = ["{b} لتجارة المعدات الطبية ش.ذ.م.م"]
            en_t = ["{b} Medical Equipment Trading L.L.C.", "{b} Medical Equipment Trading LLC", "{b} Medical Equip. Trading"]
        else:
            t = R.randrange(2)
            ar_t = [["مستودع أدوية {b}"], ["مختبرات {b} الطبية"]][t]
            en_t = [["{b} Drug Store", "{b} Drugstore"], ["{b} Medical Laboratories", "{b} Medical Labs"]][t]
        e = tpl_org(kind, {"b": b}, ar_t, en_t, country=country)
        e["email"] = org_email(b[1][0], "med", country) if pr(0.9) else None
    else:
        raise ValueError(kind)
    return e


# structures -----------------------------------------------------------------
def make_chain_branch(ci, district_idx, chain_city):
    ar, lats, dom = CHAINS[ci]
    dist = EG[chain_city][5][district_idx]
    e = tpl_org("pharmacy_chain_branch", {"b": (ar, lats), "d": (dist[0], dist[1])},
                ["صيدليات {b} - فرع {d}", "صيدليات {b} فرع {d}", "{b} - {d}"],
                ["{b} Pharmacies - {d} Branch", "{b} Pharmacy ({d})", "Saydaliyat {b} - {d}", "{b} Pharmacy - {d}"],
                addr=new_addr("EG", chain_city, "shop", district_idx))
    e["chain"] = ci
    e["branch"] = (chain_city, district_idx)
    e["email"] = "accounts@" + dom if pr(0.75) else alloc_email(email_slug(dist[1][0]) + ".branch", dom)
    return e


def make_group_company(gi, ti, hq_addr, switch):
    ar, lats, dom = GROUPS[gi]
    b = brand_variants((ar, [l.replace("El ", "").replace("Al ", "") for l in lats])) if ar.startswith("ال") else (ar, lats)
    b = (ar, lats)
    t = GROUP_COS[ti]
    same_hq = pr(0.6)
    e = tpl_org("group_company", {"g": b}, t[1], t[2], addr=hq_addr if same_hq else None,
                phones=[switch] + ([new_phone("EG", "mobile")] if pr(0.4) else []) if same_hq else None,
                city=hq_addr["city"])
    e["group"] = gi
    e["gtype"] = ti
    e["email"] = "accounts@" + dom
    return e


def make_univ_dept(ui, fi, di, fac_addr, switch):
    u, f, d = UNIVS[ui], FACULTIES[fi], DEPTS[di]
    e = tpl_org("university_dept", {"u": (u[0], u[1]), "f": (f[0], f[1]), "d": (d[0], d[1])},
                ["{u} - {f} - {d}", "{d} - {f} - {u}"],
                ["{u} - {f} - {d}", "{f}, {u} - {d}"],
                addr=fac_addr, phones=[switch] + ([new_phone("EG", "mobile")] if pr(0.5) else []), contact=True)
    e["univ"] = (ui, fi, di)
    e["email"] = alloc_email(d[2] + "." + f[2], u[2]) if pr(0.7) else None
    return e


def make_min_unit(mi, gov_city, ui, dir_addr, switch):
    m = MINISTRIES[mi]
    g = EG[gov_city]
    gov_ar = g[2]
    dir_ar = m[2][0] + gov_ar
    dir_en = [m[2][1].format(gov=x) for x in g[3][:1]] + [m[2][1].format(gov=g[3][-1])]
    dir_en = list(dict.fromkeys(dir_en))
    unit = m[3][ui]
    e = tpl_org("ministry_unit", {"m": (m[0], m[1]), "r": (dir_ar, dir_en), "x": unit},
                ["{m} - {r} - {x}", "{r} - {x}"], ["{m} - {r} - {x}", "{r} ({x})"],
                addr=dir_addr, phones=[switch] + ([new_phone("EG", "landline", gov_city)] if pr(0.5) else []), contact=True)
    e["ministry"] = (mi, gov_city, ui)
    slug = ["mohp", "agri"][mi]
    e["email"] = alloc_email(email_slug(EG[gov_city][1][0]) + "." + m[4] + "." + email_slug(unit[1][0].split()[0]), slug + ".gov.eg") if pr(0.6) else None
    return e


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------
FORM_IDX = {"2": [0, 1], "3": [0, 1, 3], "3g": [0, 1, 2], "4": [0, 1, 2, 3]}
SOURCES = ["app_ar", "web_en", "reps", "legacy"]


def base_style(ent, source):
    st = {"source": source}
    sc = {"qbo": 0.35, "app_ar": 0.85, "web_en": 0.04, "reps": 0.4, "legacy": 0.08}[source]
    if ent["org"] and ent["country"] != "EG":
        sc *= 0.5
    if ent.get("kind") == "person_expat":
        sc = 0.05 if source == "app_ar" else 0.0
    st["script"] = "ar" if pr(sc) else "en"
    if not ent["org"]:
        if ent["kind"] == "person_expat":
            st["form"] = "2"
        else:
            st["form"] = wch({"qbo": [("4", 25), ("3", 45), ("3g", 10), ("2", 20)], "app_ar": [("4", 35), ("3", 30), ("3g", 15), ("2", 20)],
                              "web_en": [("2", 35), ("3", 50), ("4", 15)], "reps": [("2", 45), ("3", 45), ("4", 10)],
                              "legacy": [("3", 70), ("2", 30)]}[source])
        st["split"] = wch({"qbo": [("first_rest", 40), ("first_last", 30), ("firsttwo_last", 10), ("none", 20)],
                           "web_en": [("first_last", 60), ("first_rest", 30), ("none", 10)],
                           "app_ar": [("first_rest", 50), ("none", 40), ("first_last", 10)],
                           "reps": [("none", 50), ("first_last", 30), ("first_rest", 20)],
                           "legacy": [("first_last", 80), ("none", 20)]}[source])
        st["title"] = bool(ent["title"]) and pr({"qbo": 0.6, "app_ar": 0.4, "web_en": 0.3, "reps": 0.7, "legacy": 0.5}[source])
        st["tvar"] = R.randrange(3)
        st["var"] = [0 if pr(0.6 if source == "qbo" else 0.4) else R.randrange(8) for _ in ent["tok"]]
    else:
        st["tpl"] = 0 if pr(0.55) else R.randrange(8)
        st["svar"] = {k: (0 if pr(0.55) else R.randrange(8)) for k in sorted(ent["slots"].keys())}
        st["contact"] = ent.get("contact") is not None and pr({"qbo": 0.7, "app_ar": 0.5, "web_en": 0.8, "reps": 0.4, "legacy": 0.3}[source])
        st["cvar"] = [0 if pr(0.5) else R.randrange(4), 0 if pr(0.5) else R.randrange(4)]
        st["disp_suffix"] = None
    st["case"] = wch({"qbo": [("as", 96), ("upper", 4)], "app_ar": [("as", 100)], "web_en": [("as", 88), ("lower", 8), ("upper", 4)],
                      "reps": [("as", 80), ("upper", 15), ("lower", 5)], "legacy": [("upper", 60), ("as", 40)]}[source])
    st["email_on"] = ent["email"] is not None and pr({"qbo": 0.85, "app_ar": 0.5, "web_en": 1.0, "reps": 0.3, "legacy": 0.6}[source])
    st["email_case"] = wch([("lower", 85), ("cap", 10), ("upper", 5)]) if source != "legacy" else "upper"
    st["phone_on"] = pr({"qbo": 0.9, "app_ar": 1.0, "web_en": 0.9, "reps": 0.95, "legacy": 0.8}[source])
    st["phone_fmt"] = wch({"qbo": [("local", 40), ("local_sp", 20), ("intl", 20), ("intl_sp", 20)],
                           "app_ar": [("local", 80), ("local_sp", 10), ("intl", 10)],
                           "web_en": [("intl", 45), ("local", 35), ("intl00", 10), ("paren", 10)],
                           "reps": [("nozero", 25), ("local", 40), ("local_dash", 20), ("local_sp", 15)],
                           "legacy": [("local_dash", 50), ("paren", 30), ("local", 20)]}[source])
    if ent["country"] != "EG" and st["phone_fmt"] == "nozero":
        st["phone_fmt"] = "intl"
    st["phone_digits"] = "a" if (source == "app_ar" and pr(0.3)) or (st["script"] == "ar" and pr(0.1)) else "w"
    st["phone_which"] = "all" if pr(0.25 if source in ("reps", "qbo") else 0.1) else "first"
    st["phone_label"] = wch([(None, 88), ("wa", 6), ("mob", 6)]) if source in ("reps", "app_ar") else None
    st["phone_sep"] = ch([" / ", ", ", " - ", " او "])
    st["addr_on"] = ent["addr"] is not None and pr({"qbo": 0.8, "app_ar": 0.85, "web_en": 0.95, "reps": 0.5, "legacy": 0.7}[source])
    st["addr_script"] = st["script"] if pr(0.9) else ("en" if st["script"] == "ar" else "ar")
    st["layout"] = wch({"qbo": [("struct", 70), ("oneline", 30)], "app_ar": [("oneline", 60), ("struct", 40)],
                        "web_en": [("struct", 90), ("oneline", 10)], "reps": [("oneline", 70), ("struct", 30)],
                        "legacy": [("struct", 100)]}[source])
    st["st_form"] = R.randrange(4)
    st["street_var"] = 0 if pr(0.6) else R.randrange(3)
    st["place_var"] = 0 if pr(0.6) else R.randrange(3)
    st["pc"] = pr({"qbo": 0.4, "app_ar": 0.1, "web_en": 0.6, "reps": 0.05, "legacy": 0.5}[source])
    st["line2"] = pr(0.8)
    st["gov"] = pr(0.6)
    st["city_is_district"] = pr(0.6)
    st["country_form"] = wch({"qbo": [(0, 50), (1, 40), (None, 10)], "app_ar": [(2, 40), (None, 50), (0, 10)],
                              "web_en": [(0, 70), (1, 30)], "reps": [(None, 70), (1, 30)], "legacy": [(3, 60), (0, 40)]}[source])
    st["addr_digits"] = "a" if st["addr_script"] == "ar" and pr(0.3) else "w"
    st["ar_spell"] = False
    st["noise"] = []
    st["nick"] = None
    st["abbr"] = False
    st["legal_drop"] = False
    return st


def apply_case(s, mode):
    if s is None:
        return None
    if mode == "upper":
        return s.upper()
    if mode == "lower":
        return s.lower()
    return s


AR_SPELL = [("ة ", "ه "), ("ى ", "ي "), ("أ", "ا"), ("إ", "ا"), ("آ", "ا")]


def ar_spell(s):
    if s is None:
        return None
    s2 = s + " "
    for a, b in AR_SPELL:
        s2 = s2.replace(a, b)
    return s2[:-1]


def title_str(ent, st):
    if not (st.get("title") and ent.get("title")):
        return None
    ar, en = TITLES[ent["title"]]
    return ar[st["tvar"] % len(ar)] if st["script"] == "ar" else en[st["tvar"] % len(en)]


def tok_str(tok, script, var, nick=False):
    if script == "ar":
        if nick and tok[0] in NICK_AR:
            return NICK_AR[tok[0]][var % len(NICK_AR[tok[0]])]
        return tok[0]
    if nick and tok[0] in NICK_LAT:
        return NICK_LAT[tok[0]][var % len(NICK_LAT[tok[0]])]
    return tok[1][var % len(tok[1])]


def render_person_name(ent, st):
    idx = FORM_IDX[st["form"]] if ent["kind"] != "person_expat" else [0, 1]
    toks = [tok_str(ent["tok"][i], st["script"], st["var"][i], nick=(st["nick"] == i)) for i in idx]
    t = title_str(ent, st)
    disp = " ".join(([t] if t else []) + toks)
    sp = st["split"]
    if sp == "none":
        g, f = None, None
    elif sp == "first_rest":
        g, f = toks[0], " ".join(toks[1:])
    elif sp == "first_last":
        g, f = toks[0], toks[-1]
    elif sp == "firsttwo_last":
        g, f = (" ".join(toks[:2]), toks[-1]) if len(toks) > 2 else (toks[0], toks[-1])
    else:  # swapped
        g, f = toks[-1], toks[0]
    return disp, g, f


def render_org_name(ent, st):
    script = st["script"]
    tpls = ent["ar_tpl"] if script == "ar" else ent["en_tpl"]
    tpl = tpls[st["tpl"] % len(tpls)]
    vals = {}
    for k in sorted(ent["slots"].keys()):
        ar, lats = ent["slots"][k]
        vals[k] = ar if script == "ar" else lats[st["svar"][k] % len(lats)]
    s = tpl.format(**vals)
    if st.get("legal_drop"):
        for x in [" S.A.E.", " SAE", " L.L.C.", " LLC", " Co. Ltd.", " Company Ltd", " ش.م.م", " ذ.م.م", " ش.ذ.م.م", " المحدودة"]:
            s = s.replace(x, "")
    if st.get("abbr"):
        for a, b in (AR_ABBR if script == "ar" else EN_ABBR):
            s = s.replace(a, b)
    return " ".join(s.split())


def fmt_phone(ph, fmt, digits, country):
    nat = ph["nat"]
    cc = ph["cc"]
    if cc == "20":
        if ph["kind"] == "mobile":
            a, b, c = nat[:2], nat[2:6], nat[6:]
            groups_local = ["0" + a, b, c]
            groups_intl = [a, b, c]
        else:
            ac = nat[0] if nat[0] in "23" else nat[:2]
            rest = nat[len(ac):]
            groups_local = ["0" + ac, rest[:4], rest[4:]]
            groups_intl = [ac, rest[:4], rest[4:]]
    else:
        if nat[0] in "57":
            groups_local = ["0" + nat[:2], nat[2:5], nat[5:]]
            groups_intl = [nat[:2], nat[2:5], nat[5:]]
        else:
            k = 2 if cc == "966" else 1
            groups_local = ["0" + nat[:k], nat[k:k + 3], nat[k + 3:]]
            groups_intl = [nat[:k], nat[k:k + 3], nat[k + 3:]]
    if fmt == "local":
        s = "".join(groups_local)
    elif fmt == "local_sp":
        s = " ".join(groups_local)
    elif fmt == "local_dash":
        s = "-".join(groups_local)
    elif fmt == "intl":
        s = "+" + cc + nat
    elif fmt == "intl_sp":
        s = "+" + cc + " " + " ".join(groups_intl)
    elif fmt == "intl00":
        s = "00" + cc + " " + "".join(groups_intl)
    elif fmt == "paren":
        s = "(+" + cc + ") " + " ".join(groups_intl) if ph["kind"] == "mobile" else "(" + groups_local[0] + ") " + "".join(groups_local[1:])
    elif fmt == "nozero":
        s = nat
    else:
        s = "0" + nat
    if digits == "a":
        s = ar_digits(s)
    return s


def render_phone(ent, st, phones):
    if not st["phone_on"] or not phones:
        return None, []
    use = phones if st["phone_which"] == "all" else phones[:1]
    if st["phone_which"] == "second" and len(phones) > 1:
        use = phones[1:2]
    parts = [fmt_phone(p, st["phone_fmt"], st["phone_digits"], ent["country"]) for p in use]
    s = st["phone_sep"].join(parts)
    lab = st.get("phone_label")
    if lab == "wa":
        s = ("واتساب " if st["script"] == "ar" else "WhatsApp: ") + s
    elif lab == "mob":
        s = ("موبايل: " if st["script"] == "ar" else "Mob: ") + s
    return s, [p["nat"] for p in use]


def render_email(ent, st, email):
    if not st["email_on"] or not email:
        return None
    m = st["email_case"]
    if m == "upper":
        return email.upper()
    if m == "cap":
        loc, dom = email.split("@")
        return loc[:1].upper() + loc[1:] + "@" + dom
    return email


def render_addr(ent, st, a):
    if a is None or not st["addr_on"]:
        return None, None
    scr = st["addr_script"]
    pv = st["place_var"]
    sv = st["street_var"]
    dig = (lambda s: ar_digits(s)) if st["addr_digits"] == "a" else (lambda s: s)
    cf = st["country_form"]
    country = None
    if cf is not None:
        forms = COUNTRY_FORMS[a["country"]]
        country = forms[cf % len(forms)]
        if scr == "ar" and cf == 0 and a["country"] == "EG":
            country = "مصر" if pr(0.5) else "EG"
    if a["country"] == "EG":
        c = EG[a["city"]]
        dist = c[5][a["d"]]
        street = STREETS[a["street"]]
        big = a["city"] in ("cairo", "giza", "alex")
        if scr == "ar":
            stn = street[0]
            f = st["st_form"] % 3
            l1 = [dig(str(a["num"])) + " شارع " + stn, dig(str(a["num"])) + " ش " + stn, "شارع " + stn + " رقم " + dig(str(a["num"]))][f]
            p2 = []
            if a["bldg"]:
                p2.append("عمارة " + dig(str(a["bldg"])))
            if a["floor"] is not None:
                p2.append("الدور " + FLOOR_AR[a["floor"]])
            if a["apt"]:
                p2.append("شقة " + dig(str(a["apt"])))
            if a["shop"]:
                p2.append("محل " + dig(str(a["shop"])))
            if a["landmark"] is not None:
                p2.append(LANDMARKS[a["landmark"]][0])
            line2 = "، ".join(p2) if p2 else None
            dname, cname, gname = dist[0], c[0], (("محافظة " if pr(0.3) else "") + c[2])
        else:
            stn = street[1][sv % len(street[1])]
            f = st["st_form"]
            l1 = [str(a["num"]) + " " + stn + " St.", str(a["num"]) + " " + stn + " Street", str(a["num"]) + ", " + stn + " st",
                  str(a["num"]) + " Sh. " + stn][f % 4]
            p2 = []
            if a["bldg"]:
                p2.append(ch(["Bldg ", "Building "]) + str(a["bldg"]))
            if a["floor"] is not None:
                fl = FLOOR_EN[a["floor"]]
                p2.append(ch([fl + " Floor", fl + " fl.", "Floor " + str(a["floor"])]) if a["floor"] else "Ground Floor")
            if a["apt"]:
                p2.append(ch(["Apt ", "Apt. ", "Flat "]) + str(a["apt"]))
            if a["shop"]:
                p2.append(ch(["Shop ", "Shop No. "]) + str(a["shop"]))
            if a["landmark"] is not None:
                lm = LANDMARKS[a["landmark"]][1]
                p2.append(lm[pv % len(lm)])
            line2 = ", ".join(p2) if p2 else None
            dname, cname = dist[1][pv % len(dist[1])], c[1][pv % len(c[1])]
            gname = c[3][pv % len(c[3])]
        pc = dist[2] if st["pc"] else None
        sep = "، " if scr == "ar" else ", "
        if st["layout"] == "oneline":
            parts = [l1]
            if line2 and st["line2"]:
                parts.append(line2)
            if big and dname != cname:
                parts.append(dname)
            parts.append(cname if big else dname)
            if not big and st["gov"] and gname != cname:
                parts.append(gname)
            out = {"line1": sep.join(parts), "line2": None, "city": None, "region": None, "postalCode": pc, "country": country}
        else:
            if big:
                if st["city_is_district"]:
                    city, region = dname, (gname if st["gov"] else cname)
                else:
                    city, region = cname, (gname if st["gov"] else None)
                    l1 = l1 + sep + dname
            else:
                city, region = dname, (gname if st["gov"] else None)
            out = {"line1": l1, "line2": line2 if st["line2"] else None, "city": city, "region": region,
                   "postalCode": pc, "country": country}
        return out, stn
    # export
    cdat = EXPORT[a["country"]][a["city"]]
    dist = cdat[4][a["d"]]
    street = EXPORT_STREETS[a["country"]][a["street"]]
    if scr == "ar":
        stn = street[0]
        dname, cname, rname = dist[0], cdat[0], cdat[2]
    else:
        stn = street[1][sv % len(street[1])]
        dname, cname, rname = dist[1][pv % len(dist[1])], cdat[1][pv % len(cdat[1])], cdat[3][pv % len(cdat[3])]
    num = dig(str(a["num"]))
    if a["country"] == "SA":
        if scr == "ar":
            l1 = num + " " + stn + " - حي " + dname
            l2 = "الرقم الإضافي " + dig(str(a["extra"]))
        else:
            l1 = num + " " + stn + ", " + dname + ch([" Dist.", " District", ""])
            l2 = "Additional No. " + str(a["extra"])
        pc = a["pc"]
    elif a["country"] == "AE":
        if scr == "ar":
            l1 = "مكتب " + dig(str(a["apt"])) + "، مبنى " + num + "، " + stn
            l2 = "ص.ب " + dig(str(a["extra"]))
        else:
            l1 = "Office " + str(a["apt"]) + ", Bldg " + num + ", " + stn
            l2 = "P.O. Box " + str(a["extra"])
        pc = None
        if st["pc"] and pr(0.5):
            pc, l2 = ("P.O. Box " if scr == "en" else "ص.ب ") + str(a["extra"]), None
    else:
        l1 = (stn + " " + num) if scr == "en" and pr(0.5) else (num + " " + stn)
        l2 = dname
        pc = a["pc"]
    pc = pc if (st["pc"] or a["country"] == "SA") else None
    if st["layout"] == "oneline":
        parts = [l1] + ([l2] if l2 and st["line2"] else []) + ([dname] if a["country"] == "AE" else []) + [cname]
        out = {"line1": (", " if scr == "en" else "، ").join(parts), "line2": None, "city": None, "region": None,
               "postalCode": pc, "country": country or COUNTRY_FORMS[a["country"]][1]}
    else:
        out = {"line1": l1, "line2": l2 if st["line2"] else None, "city": cname, "region": rname if st["gov"] else None,
               "postalCode": pc, "country": country or COUNTRY_FORMS[a["country"]][0]}
    return out, stn


# --- typos -------------------------------------------------------------------
KEYB = {"a": "sqz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo", "j": "hk",
        "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "q": "w", "r": "et", "s": "ad", "t": "ry",
        "u": "yi", "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "x"}
AR_CONF = {"ت": "ث", "ث": "ت", "ح": "خ", "خ": "ح", "س": "ش", "ش": "س", "ر": "ز", "ز": "ر", "د": "ذ", "ذ": "د", "ع": "غ",
           "غ": "ع", "ص": "ض", "ض": "ص", "ه": "ة", "ي": "ى", "ن": "ت", "ب": "ن"}


def typo_word(w):
    if len(w) < 4:
        return w
    i = R.randrange(1, len(w) - 1)
    op = R.randrange(4)
    c = w[i]
    if op == 0:
        return w[:i] + w[i + 1:]
    if op == 1:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:] if w[i + 1] != w[i] else w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + c + w[i:]
    lc = c.lower()
    if lc in KEYB:
        r = ch(KEYB[lc])
        return w[:i] + (r.upper() if c.isupper() else r) + w[i + 1:]
    if c in AR_CONF:
        return w[:i] + AR_CONF[c] + w[i + 1:]
    return w[:i] + w[i + 1:]


def typo_text(s, protect=()):
    if not s:
        return s
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 4 and not any(ch_.isdigit() for ch_ in w) and w not in protect
            and not w.endswith(".") and w not in ("Pharmacy", "Pharmacies")]
    if not cand:
        return s
    i = ch(cand)
    words[i] = typo_word(words[i])
    return " ".join(words)


def email_typo(e):
    loc, dom = e.split("@")
    r = R.randrange(4)
    if r == 0 and dom in ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com"):
        dom = {"gmail.com": ch(["gmial.com", "gmail.con", "gmal.com"]), "hotmail.com": ch(["hotmial.com", "hotmail.co"]),
               "yahoo.com": ch(["yaho.com", "yahoo.co"]), "outlook.com": ch(["outlok.com", "outlook.co"])}[dom]
    elif r == 1 and "." in loc:
        loc = loc.replace(".", "", 1)
    elif r == 2 and len(loc) > 4:
        loc = typo_word(loc)
    else:
        loc = loc + loc[-1] if len(loc) > 2 else loc + "1"
    return loc + "@" + dom


def render(ent, st, data):
    """data: {'email','phones','addr'} (possibly modified copies). returns contact, canon"""
    if ent["org"]:
        comp = render_org_name(ent, st)
        disp = comp + (st["disp_suffix"] or "")
        g = f = None
        if st["contact"] and ent.get("contact"):
            ct = ent["contact"]
            g = tok_str(ct[0], st["script"], st["cvar"][0])
            f = tok_str(ct[1], st["script"], st["cvar"][1])
            if st.get("swap"):
                g, f = f, g
        if st["case"] != "as" and st["script"] == "en":
            comp, disp, g, f = (apply_case(x, st["case"]) for x in (comp, disp, g, f))
    else:
        disp, g, f = render_person_name(ent, st)
        if st.get("disp_suffix"):
            disp = disp + st["disp_suffix"]
        comp = None
        if st["case"] != "as" and st["script"] == "en":
            disp, g, f = (apply_case(x, st["case"]) for x in (disp, g, f))
    if st["ar_spell"] and st["script"] == "ar":
        disp, g, f, comp = ar_spell(disp), ar_spell(g), ar_spell(f), ar_spell(comp)
    email = render_email(ent, st, data["email"])
    phone, phone_nats = render_phone(ent, st, data["phones"])
    addr, stn = render_addr(ent, st, data["addr"])
    if addr and st["case"] == "upper" and st["addr_script"] == "en":
        addr = {k: apply_case(v, "upper") for k, v in addr.items()}
    contact = {"displayName": disp, "givenName": g, "familyName": f, "companyName": comp, "email": email, "phone": phone,
               "address": addr}
    for field, kind in st["noise"]:
        if field in ("displayName", "givenName", "familyName", "companyName") and contact[field]:
            prot = []
            if kind == "typo":
                contact[field] = typo_text(contact[field], prot)
        elif field == "address" and contact["address"] and stn:
            a2 = dict(contact["address"])
            words = [w for w in stn.split() if len(w) >= 4 and not any(c.isdigit() for c in w)]
            if words and words[0] in a2["line1"]:
                w = ch(words)
                a2["line1"] = a2["line1"].replace(w, typo_word(w), 1)
            contact["address"] = a2
    canon = {"email": (data["email"] if email else None), "phones": phone_nats, "addr": (data["addr"]["id"] if addr else None)}
    if st.get("email_typo") and email:
        contact["email"] = st["email_typo"]
        canon["email"] = st["email_typo"].lower()
    return contact, canon


# --------------------------------------------------------------------------
# Build the customer universe
# --------------------------------------------------------------------------
def build_existing():
    ents = []
    # persons
    for k, n in [("person", 500), ("person_coptic", 130), ("person_expat", 25), ("person_export", 20)]:
        for _ in range(n):
            ents.append(make_person(k))
    # orgs
    for k, n in [("pharmacy", 230), ("clinic", 100), ("hospital", 45), ("lab", 85), ("company", 110), ("trading_est", 40),
                 ("ngo", 30), ("export_org", 35)]:
        for _ in range(n):
            ents.append(make_org(k))
    # chains: 60 branches
    chain_meta = []
    per = [9, 6, 9, 7, 8, 6, 8, 7]
    for ci in range(len(CHAINS)):
        city = ["cairo", "giza", "cairo", "alex", "cairo", "giza", "cairo", "alex"][ci]
        nd = len(EG[city][5])
        order = list(range(nd))
        R.shuffle(order)
        used = order[:min(per[ci], nd - 2)]
        for di in used:
            ents.append(make_chain_branch(ci, di, city))
        chain_meta.append((city, order[len(used):]))
    nb = sum(1 for e in ents if e["kind"] == "pharmacy_chain_branch")
    # groups: 3 companies each
    group_meta = []
    for gi in range(len(GROUPS)):
        city = ch(["cairo", "cairo", "giza", "alex"])
        hq = new_addr("EG", city, "shop")
        sw = new_phone("EG", "landline", city)
        types = list(range(len(GROUP_COS)))
        R.shuffle(types)
        for ti in types[:3]:
            ents.append(make_group_company(gi, ti, hq, sw))
        group_meta.append((hq, sw, types[3:]))
    # universities: 35 departments
    univ_meta = {}
    combos = []
    for ui in range(len(UNIVS)):
        fis = list(range(len(FACULTIES)))
        R.shuffle(fis)
        for fi in fis[:3]:
            addr = new_addr("EG", UNIVS[ui][3], "shop")
            sw = new_phone("EG", "landline", UNIVS[ui][3])
            dis = list(range(len(DEPTS)))
            R.shuffle(dis)
            univ_meta[(ui, fi)] = (addr, sw, dis)
            combos.append((ui, fi))
    cnt = 0
    ci = 0
    used_depts = {}
    while cnt < 35:
        ui, fi = combos[ci % len(combos)]
        addr, sw, dis = univ_meta[(ui, fi)]
        k = used_depts.get((ui, fi), 0)
        if k < 4:
            ents.append(make_univ_dept(ui, fi, dis[k], addr, sw))
            used_depts[(ui, fi)] = k + 1
            cnt += 1
        ci += 1
    # ministries: 25 units
    min_meta = {}
    govs = ["cairo", "giza", "alex", "mansoura", "tanta", "zagazig", "assiut", "banha", "fayoum", "ismailia"]
    cnt = 0
    keys = []
    for mi in range(len(MINISTRIES)):
        for gv in (govs if mi == 0 else govs[:5]):
            keys.append((mi, gv))
    R.shuffle(keys)
    for mi, gv in keys:
        if cnt >= 25:
            break
        addr = new_addr("EG", gv, "shop")
        sw = new_phone("EG", "landline", gv)
        units = list(range(len(MINISTRIES[mi][3])))
        R.shuffle(units)
        take = 2 if (mi == 0 and cnt < 24) else 1
        for ui in units[:take]:
            if cnt < 25:
                ents.append(make_min_unit(mi, gv, ui, addr, sw))
                cnt += 1
        min_meta[(mi, gv)] = (addr, sw, units[take:])
    # agents: 4 existing clients each (small pharmacies / clinics / persons)
    agent_meta = []
    pool = [e for e in ents if e["kind"] in ("pharmacy", "clinic", "person", "lab", "trading_est") and not e.get("agent")]
    R.shuffle(pool)
    pi = 0
    for ai, (aname, aemail) in enumerate(AGENTS):
        USED_EMAILS.add(aemail)
        aphone = new_phone("EG", "mobile")
        for _ in range(4):
            e = pool[pi]
            pi += 1
            e["agent"] = ai
            e["email"] = aemail
            e["phones"] = [aphone]
        agent_meta.append((aemail, aphone))
    struct = {"chain": chain_meta, "group": group_meta, "univ": univ_meta, "min": min_meta, "agent": agent_meta}
    return ents, struct


def org_count(ents):
    return sum(1 for e in ents if e["org"])


def data_of(ent):
    return {"email": ent["email"], "phones": list(ent["phones"]), "addr": ent["addr"]}


def city_name_en(ent):
    a = ent["addr"]
    if a is None:
        return None
    if a["country"] == "EG":
        return EG[a["city"]][1][0]
    return EXPORT[a["country"]][a["city"]][1][0]


def render_existing(ent):
    st = base_style(ent, "qbo")
    if ent.get("agent") is not None:
        st["email_on"] = True
        st["phone_on"] = True
    if ent["kind"] in ("pharmacy_chain_branch", "group_company"):
        st["email_on"] = True
    if ent["kind"] in ("university_dept", "ministry_unit", "group_company"):
        st["phone_on"] = True
        st["addr_on"] = True
    if ent["org"] and ent["kind"] not in ("pharmacy_chain_branch", "university_dept", "ministry_unit") and pr(0.12):
        c = city_name_en(ent)
        if c:
            st["disp_suffix"] = " - " + (c if st["script"] == "en" else (EG[ent["addr"]["city"]][0] if ent["addr"]["country"] == "EG" else c))
    st["case"] = "as" if st["case"] != "upper" or pr(0.5) else "upper"
    if not ((st["email_on"] and ent["email"]) or (st["phone_on"] and ent["phones"]) or (st["addr_on"] and ent["addr"])):
        st["phone_on"] = True
    c, canon = render(ent, st, data_of(ent))
    return st, c, canon


# --------------------------------------------------------------------------
# Match / repeat mutations
# --------------------------------------------------------------------------
LIGHT_OPS = ["case", "translit", "title", "phone_format", "email_case", "addr_format", "drop_pc", "country_form", "ar_spell", "split"]
MED_OPS = ["typo_name", "form", "drop_email", "drop_phone", "drop_addr", "new_email", "two_phones", "ar_digits", "abbr",
           "typo_addr", "nickname", "email_typo", "legal_drop", "contact", "translit_all", "restyle"]
HARSH_OPS = ["script", "move", "phone_digit", "swap", "upper", "new_email", "typo_name2", "drop_contact_fields"]


def mutate(ent, st0, prof, tags):
    st = json.loads(json.dumps(st0))
    st["noise"] = []
    st["email_typo"] = None
    data = data_of(ent)
    org = ent["org"]
    if prof == "light":
        ops = [ch(LIGHT_OPS) for _ in range(R.randrange(1, 3))]
    elif prof == "medium":
        ops = [ch(LIGHT_OPS)] + [ch(MED_OPS) for _ in range(R.randrange(1, 4))]
    else:
        fresh = base_style(ent, ch(SOURCES))
        for k in ("form", "split", "title", "var", "tpl", "svar", "contact", "cvar"):
            if k in st and pr(0.5):
                st[k] = fresh[k]
        ops = [ch(HARSH_OPS) for _ in range(R.randrange(1, 3))] + [ch(MED_OPS) for _ in range(R.randrange(1, 3))] + [ch(LIGHT_OPS)]
        tags.append("displayName:restyled")
    st["disp_suffix"] = None
    name_fields = ["displayName"] + (["companyName"] if org else ["givenName", "familyName"])
    for op in ops:
        if op == "case":
            st["case"] = ch(["upper", "lower"]) if st["case"] == "as" else "as"
            if st["script"] == "en":
                tags += [f + ":case" for f in name_fields + ["givenName", "familyName"]]
        elif op == "upper":
            st["case"] = "upper"
            tags += [f + ":case" for f in name_fields + ["givenName", "familyName", "address"]]
        elif op in ("translit", "translit_all"):
            if org:
                for k in sorted(st["svar"].keys()):
                    if op == "translit_all" or pr(0.6):
                        st["svar"][k] = st["svar"][k] + 1 + R.randrange(3)
            else:
                idx = range(len(st["var"])) if op == "translit_all" else [R.randrange(len(st["var"]))]
                for i in idx:
                    st["var"][i] = st["var"][i] + 1 + R.randrange(3)
            if st["script"] == "en":
                tags += [f + ":transliteration" for f in name_fields]
        elif op == "title":
            if not org:
                if ent.get("title"):
                    st["title"] = not st["title"]
                    tags.append("displayName:title")
            else:
                st["tpl"] += 1
                tags += ["displayName:name_form", "companyName:name_form"]
        elif op == "phone_format":
            st["phone_fmt"] = ch(["local", "local_sp", "local_dash", "intl", "intl_sp", "intl00", "paren", "nozero" if ent["country"] == "EG" else "intl"])
            tags.append("phone:format")
        elif op == "email_case":
            st["email_case"] = ch(["cap", "upper"]) if st["email_case"] == "lower" else "lower"
            tags.append("email:case")
        elif op == "addr_format":
            st["layout"] = "oneline" if st["layout"] == "struct" else "struct"
            st["st_form"] += 1
            st["place_var"] += R.randrange(3)
            tags.append("address:format")
        elif op == "drop_pc":
            st["pc"] = not st["pc"]
            st["line2"] = pr(0.5)
            tags.append("address:postcode_or_line2")
        elif op == "country_form":
            st["country_form"] = ch([None, 0, 1, 2, 3])
            st["gov"] = not st["gov"]
            tags.append("address:country_region")
        elif op == "ar_spell":
            st["ar_spell"] = True
            if st["script"] == "ar":
                tags += [f + ":hamza_taa_marbuta" for f in name_fields]
        elif op == "split":
            if not org:
                st["split"] = ch(["first_rest", "first_last", "firsttwo_last", "none"])
                tags += ["givenName:split", "familyName:split"]
        elif op == "typo_name":
            st["noise"].append((ch(name_fields), "typo"))
            tags.append(st["noise"][-1][0] + ":typo")
        elif op == "typo_name2":
            for _ in range(2):
                st["noise"].append((ch(name_fields), "typo"))
                tags.append(st["noise"][-1][0] + ":typo")
        elif op == "form":
            if not org and ent["kind"] != "person_expat":
                st["form"] = ch([x for x in ["2", "3", "3g", "4"] if x != st["form"]])
                tags += ["displayName:name_parts", "familyName:name_parts", "givenName:name_parts"]
            elif org:
                st["tpl"] += 1 + R.randrange(2)
                tags += ["displayName:name_form", "companyName:name_form"]
        elif op == "drop_email":
            st["email_on"] = False
            tags.append("email:dropped")
        elif op == "drop_phone":
            st["phone_on"] = False
            tags.append("phone:dropped")
        elif op == "drop_addr":
            st["addr_on"] = False
            tags.append("address:dropped")
        elif op == "drop_contact_fields":
            if org:
                st["contact"] = False
                tags += ["givenName:dropped", "familyName:dropped"]
            else:
                st["split"] = "none"
                tags += ["givenName:dropped", "familyName:dropped"]
        elif op == "new_email":
            if ent["org"]:
                nm = ent["slots"][sorted(ent["slots"].keys())[0]][1][0]
                data["email"] = org_email(nm, ch(["new", "eg", "2024"]), ent["country"])
            else:
                data["email"] = person_email(ent["tok"], ent["gender"], ent["kind"] == "person_expat")
            st["email_on"] = True
            tags.append("email:new_mailbox")
        elif op == "email_typo":
            if data["email"] and st["email_on"]:
                st["email_typo"] = email_typo(data["email"])
                tags.append("email:typo")
        elif op == "two_phones":
            if len(data["phones"]) < 2:
                data["phones"] = data["phones"] + [new_phone(ent["country"], "mobile")]
            st["phone_which"] = "all"
            st["phone_on"] = True
            tags.append("phone:second_number")
        elif op == "ar_digits":
            st["phone_digits"] = "a"
            st["phone_on"] = True
            tags.append("phone:arabic_indic_digits")
            if st["addr_script"] == "ar":
                st["addr_digits"] = "a"
                tags.append("address:arabic_indic_digits")
        elif op == "abbr":
            st["abbr"] = True
            if org:
                tags += ["displayName:abbreviation", "companyName:abbreviation"]
            st["st_form"] = 3 if st["addr_script"] == "en" else 1
            tags.append("address:abbreviation")
        elif op == "typo_addr":
            st["noise"].append(("address", "typo"))
            tags.append("address:typo")
        elif op == "nickname":
            if not org and ent["tok"][0][0] in (NICK_AR if st["script"] == "ar" else NICK_LAT):
                st["nick"] = 0
                st["var"][0] = R.randrange(3)
                tags += ["displayName:nickname", "givenName:nickname"]
        elif op == "legal_drop":
            st["legal_drop"] = True
            tags += ["displayName:legal_form_dropped", "companyName:legal_form_dropped"]
        elif op == "contact":
            if org and ent.get("contact"):
                st["contact"] = not st["contact"]
                tags += ["givenName:contact_person", "familyName:contact_person"]
        elif op == "restyle":
            fresh = base_style(ent, ch(SOURCES))
            for k in ("phone_fmt", "phone_digits", "phone_label", "layout", "st_form", "place_var", "pc", "country_form", "gov", "line2"):
                st[k] = fresh[k]
            tags += ["phone:format", "address:format"]
        elif op == "script":
            st["script"] = "en" if st["script"] == "ar" else "ar"
            if ent["kind"] == "person_expat":
                st["script"] = "en"
            st["addr_script"] = st["script"] if pr(0.7) else st["addr_script"]
            tags += [f + ":script" for f in name_fields] + ["address:script"]
        elif op == "move":
            if data["addr"] is not None:
                a = data["addr"]
                if a["country"] == "EG" and pr(0.6):
                    data["addr"] = new_addr("EG", a["city"], "home" if not org else "shop")
                else:
                    data["addr"] = new_addr(a["country"], None, "home" if not org else "shop")
                st["addr_on"] = True
                tags.append("address:moved")
        elif op == "phone_digit":
            if data["phones"]:
                p0 = dict(data["phones"][0])
                nat = p0["nat"]
                i = R.randrange(3, len(nat))
                d = ch([x for x in "0123456789" if x != nat[i]])
                p0["nat"] = nat[:i] + d + nat[i + 1:]
                data["phones"] = [p0] + data["phones"][1:]
                st["phone_on"] = True
                tags.append("phone:digit_typo")
        elif op == "swap":
            if org:
                st["swap"] = True
                tags += ["givenName:swapped", "familyName:swapped"]
            else:
                if st["split"] == "none":
                    st["split"] = "first_last"
                st["split"] = "swapped"
                tags += ["givenName:swapped", "familyName:swapped"]
    if st["phone_which"] == "all" and not data["phones"][1:] and pr(0.5):
        st["phone_which"] = "first"
    if ent["kind"] == "person_expat":
        st["script"] = "en" if pr(0.95) else st["script"]
    return st, data


def evidence_of(c0, c1):
    ev = []
    if c0["email"] and c1["email"] and c0["email"] == c1["email"]:
        ev.append("email")
    if [x for x in c1["phones"] if x in c0["phones"]]:
        ev.append("phone")
    if c0["addr"] is not None and c0["addr"] == c1["addr"]:
        ev.append("address")
    return ev


FIELDS = ["displayName", "givenName", "familyName", "companyName", "email", "phone", "address"]


def finalize_changes(tags, ref, new):
    out = []
    for f in FIELDS:
        if ref[f] == new[f]:
            continue
        if ref[f] is None:
            out.append(f + ":added")
            continue
        if new[f] is None:
            out.append(f + ":dropped")
            continue
        mine = []
        for t in tags:
            if t.split(":")[0] == f and t not in mine and not t.endswith(":dropped"):
                mine.append(t)
        out += mine if mine else [f + ":format"]
    return out


def make_variant(ent, ref_st, ref_c, ref_canon, prof):
    for attempt in range(40):
        tags = []
        st, data = mutate(ent, ref_st, prof, tags)
        c, canon = render(ent, st, data)
        ev = evidence_of(ref_canon, canon)
        if ev and c != ref_c:
            return st, c, canon, ev, finalize_changes(tags, ref_c, c)
    # fallback: light phone re-format of the same record
    st = json.loads(json.dumps(ref_st))
    st["phone_on"] = True
    st["phone_fmt"] = "intl_sp" if st["phone_fmt"] != "intl_sp" else "local"
    st["case"] = "upper" if st["case"] == "as" else "as"
    c, canon = render(ent, st, data_of(ent))
    return st, c, canon, evidence_of(ref_canon, canon), finalize_changes(["phone:format"], ref_c, c)


# --------------------------------------------------------------------------
# Hard negatives
# --------------------------------------------------------------------------
RULES = {
    "namesake_person_elsewhere": "One customer per person: same common name but a different grandfather's name, another governorate, other mobile and mailbox - a different person (namesake).",
    "father_son": "One customer per person: father and son are two people (the son's father's name is the father's given name) even at the same home address.",
    "brothers": "One customer per person: brothers share father's, grandfather's and family name but are separate people with their own accounts.",
    "spouse": "One customer per person: the wife keeps her own name after marriage; she shares the flat and the home phone but is a separate customer.",
    "chain_other_branch": "One customer per licensed establishment: every branch of the pharmacy chain holds its own Ministry of Health licence and tax card and is invoiced separately, although the chain's accounts mailbox is shared.",
    "group_other_company": "One customer per legal entity: another company of the same group with its own commercial register and tax card; the group's accounts mailbox (and head office) is shared.",
    "agent_shared_contact": "One customer per legal entity / person: another client of the same accountant or agent, who puts his own mailbox and phone on all his clients' orders.",
    "later_occupant": "One customer per legal entity / person: a later occupant of the same premises (new licensee or tenant) is not the former customer.",
    "similar_name_other_trade": "One customer per legal entity: the same trade name used by a business in another line of trade (other commercial register, other owner).",
    "org_namesake_elsewhere": "One customer per legal entity: a very common trade name used by another, unrelated establishment in another city or country.",
    "university_other_department": "Public bodies: one customer per budget-holding unit that issues its own purchase orders; another department of the same faculty is a separate customer.",
    "ministry_other_directorate": "Public bodies: one customer per budget-holding unit; another directorate or administration of the same ministry is a separate customer.",
}
HN_PLAN = [("namesake_person_elsewhere", 14), ("father_son", 14), ("brothers", 12), ("spouse", 12), ("chain_other_branch", 13),
           ("group_other_company", 12), ("agent_shared_contact", 12), ("later_occupant", 13), ("similar_name_other_trade", 13),
           ("org_namesake_elsewhere", 12), ("university_other_department", 12), ("ministry_other_directorate", 11)]


def other_city(city):
    return ch([k for k in EG_KEYS if k != city])


def hn_build(t, anc, anc_st, anc_c, anc_canon, struct):
    """returns (ent, st_overrides(dict), claims(list), data) or None"""
    A = anc
    if t == "namesake_person_elsewhere":
        if A["org"] or A["kind"] not in ("person", "person_coptic"):
            return None
        toks = list(A["tok"])
        pool = COPTIC_M if A["kind"] == "person_coptic" else MALE
        toks[2] = ch([x for x in pool if x[0] != toks[2][0]])
        e = {"id": new_id(), "org": False, "kind": A["kind"], "gender": A["gender"], "tok": toks, "title": A["title"], "country": "EG"}
        city = A["addr"]["city"] if A["addr"] else "cairo"
        e["addr"] = new_addr("EG", other_city(city), "home")
        e["phones"] = [new_phone("EG", "mobile")]
        e["email"] = person_email(toks, A["gender"]) if pr(0.5) else None
        form = anc_st["form"] if anc_st["form"] != "4" else ch(["3", "2"])
        if form == "3g":
            form = "2"
        return e, {"form": form, "var": list(anc_st["var"]), "addr_on": True}, ["name", "family_name" if form == "3" and anc_st["form"] in ("3", "4") else None]
    if t in ("father_son", "brothers", "spouse"):
        if A["org"] or A["kind"] not in ("person", "person_coptic") or A["gender"] != "m" or not anc_canon["addr"]:
            return None
        pool = COPTIC_M if A["kind"] == "person_coptic" else MALE
        claims = []
        if t == "father_son":
            if pr(0.6):
                toks = [ch([x for x in pool if x[0] != A["tok"][0][0]]), A["tok"][0], A["tok"][1], A["tok"][3]]
            else:
                toks = [A["tok"][1], A["tok"][2], ch(pool), A["tok"][3]]
            gender = "m"
            claims = ["given_as_father"]
        elif t == "brothers":
            toks = [ch([x for x in pool if x[0] != A["tok"][0][0]]), A["tok"][1], A["tok"][2], A["tok"][3]]
            gender = "m"
            claims = ["father_name"]
        else:
            gender = "f"
            toks = pick_person_tokens(A["kind"], "f")
        e = {"id": new_id(), "org": False, "kind": A["kind"], "gender": gender, "tok": toks,
             "title": (ch([None, "dr"]) if gender == "m" else ch([None, None, "dra", "mrs"])), "country": "EG"}
        same_home = t in ("father_son", "spouse") or pr(0.35)
        e["addr"] = A["addr"] if same_home else new_addr("EG", A["addr"]["city"], "home")
        ph = [new_phone("EG", "mobile")]
        land = [p for p in A["phones"] if p["kind"] == "landline" and p["nat"] in anc_canon["phones"]]
        if same_home and land and pr(0.8):
            ph = ph + land[:1] if pr(0.5) else land[:1] + ph
        elif t == "spouse" and pr(0.4):
            ph = [p for p in A["phones"] if p["nat"] in anc_canon["phones"]][:1] + ph
        e["phones"] = ph
        e["email"] = person_email(toks, gender) if pr(0.45) else None
        ov = {"addr_on": same_home or pr(0.5), "phone_which": "all"}
        if t != "spouse":
            form = ch(["3", "4"]) if anc_st["form"] in ("3", "4") else anc_st["form"]
            if anc_st["form"] == "2":
                form = ch(["2", "3"])
            ov["form"] = form
            if anc_st["form"] in ("3", "4") and form in ("3", "4"):
                claims.append("family_name")
        if same_home:
            claims.append("address")
        claims.append("city")
        return e, ov, claims
    if t == "chain_other_branch":
        if A["kind"] != "pharmacy_chain_branch" or not anc_canon["email"] or not anc_canon["email"].startswith("accounts@"):
            return None
        city, free = struct["chain"][A["chain"]]
        if not free:
            return None
        di = free.pop(0)
        e = make_chain_branch(A["chain"], di, city)
        e["email"] = "accounts@" + CHAINS[A["chain"]][2]
        return e, {"email_on": True, "script": anc_st["script"] if pr(0.5) else None}, ["email", "name_core", "city"]
    if t == "group_other_company":
        if A["kind"] != "group_company":
            return None
        hq, sw, free = struct["group"][A["group"]]
        if not free:
            return None
        ti = free.pop(0)
        e = make_group_company(A["group"], ti, hq, sw)
        claims = ["email", "name_core"]
        if e["addr"] is hq and anc_canon["addr"] == hq["id"]:
            claims.append("address")
        if e["phones"][0] is sw and sw["nat"] in anc_canon["phones"]:
            claims.append("phone")
        return e, {"email_on": True, "addr_on": True, "phone_on": True, "script": anc_st["script"]}, claims
    if t == "agent_shared_contact":
        if A.get("agent") is None or not anc_canon["email"] or not anc_canon["phones"]:
            return None
        aemail, aphone = struct["agent"][A["agent"]]
        if pr(0.5):
            e = make_org(ch(["pharmacy", "clinic", "lab"]))
        else:
            e = make_person("person")
        e["email"] = aemail
        e["phones"] = [aphone]
        e["agent"] = A["agent"]
        return e, {"email_on": True, "phone_on": True, "phone_which": "first"}, ["email", "phone"]
    if t == "later_occupant":
        if not anc_canon["addr"] or A["addr"]["country"] != "EG":
            return None
        if A["org"]:
            if A["kind"] not in ("pharmacy", "clinic", "lab", "trading_est", "company"):
                return None
            e = make_org(ch(["pharmacy", "clinic", "lab", "trading_est"]))
        else:
            if A["kind"] not in ("person", "person_coptic", "person_expat"):
                return None
            e = make_person(ch(["person", "person", "person_coptic", "person_expat"]))
        USED_ADDR.discard(None)
        e["addr"] = A["addr"]
        return e, {"addr_on": True}, ["address", "city"]
    if t in ("similar_name_other_trade", "org_namesake_elsewhere"):
        if not A["org"] or A["kind"] not in ("pharmacy", "clinic", "hospital", "lab", "trading_est") or "b" not in A["slots"]:
            return None
        b = A["slots"]["b"]
        if b[0].startswith("د.") or " " in b[0] and not b[0].startswith("ال") and b[0] not in [x[0] for x in BRANDS_NOAL]:
            # doctor-named: keep only for namesake-elsewhere
            if t == "similar_name_other_trade":
                return None
        if A["addr"]["country"] != "EG" or not anc_canon["addr"]:
            return None
        if t == "similar_name_other_trade":
            others = [k for k in ("pharmacy", "lab", "trading_est", "hospital", "ngo", "company") if k != A["kind"]]
            nk = ch(others)
            tmp = make_org(nk, city=A["addr"]["city"])
            tmp["slots"] = {"b": b}
            if nk == "company":
                tmp["ar_tpl"] = ["شركة {b} للمقاولات والتوريدات", "{b} للتجارة والمقاولات"]
                tmp["en_tpl"] = ["{b} for Trading & Contracting", "{b} Contracting Co."]
                tmp["kind"] = "company"
            e = tmp
            return e, {"addr_on": True}, ["name_core", "city"]
        e = json.loads(json.dumps(A))
        e["id"] = new_id()
        country = "EG" if pr(0.75) else ch(["SA", "JO", "AE"])
        if country == "EG":
            e["addr"] = new_addr("EG", other_city(A["addr"]["city"]), "shop")
            e["phones"] = [new_phone("EG", "landline", e["addr"]["city"])] + ([new_phone("EG", "mobile")] if pr(0.5) else [])
        else:
            e["addr"] = new_addr(country, None, "shop")
            e["phones"] = [new_phone(country, "mobile")]
            e["kind"] = "export_org"
            e["slots"] = {"b": brand_variants(b if b[0].startswith("ال") else b, gulf=True) if b[0].startswith("ال") else b}
        e["country"] = country
        e["contact"] = None
        e.pop("agent", None)
        e["email"] = org_email(b[1][0], ch(["eg", "ph", "co", "med"]), country) if pr(0.6) else None
        return e, {"tpl": anc_st["tpl"] if pr(0.6) else None}, ["name_core"]
    if t == "university_other_department":
        if A["kind"] != "university_dept":
            return None
        ui, fi, di = A["univ"]
        addr, sw, dis = struct["univ"][(ui, fi)]
        free = [d for d in dis if d != di and not struct.setdefault("udone", {}).get((ui, fi, d))]
        free = [d for d in free if d not in struct.setdefault("uexist", {}).get((ui, fi), [])]
        if not free:
            return None
        d = free[0]
        struct["udone"][(ui, fi, d)] = True
        e = make_univ_dept(ui, fi, d, addr, sw)
        claims = ["name_core"]
        if anc_canon["addr"] == addr["id"]:
            claims.append("address")
        return e, {"script": anc_st["script"], "tpl": anc_st["tpl"], "svar": dict(anc_st["svar"]), "addr_on": True,
                   "phone_on": True}, claims + (["phone"] if sw["nat"] in anc_canon["phones"] else [])
    if t == "ministry_other_directorate":
        if A["kind"] != "ministry_unit":
            return None
        mi, gv, ui = A["ministry"]
        addr, sw, units = struct["min"][(mi, gv)]
        claims = ["name_core"]
        if units and pr(0.6):
            u = units.pop(0)
            e = make_min_unit(mi, gv, u, addr, sw)
            if anc_canon["addr"] == addr["id"]:
                claims.append("address")
            ov = {"script": anc_st["script"], "tpl": anc_st["tpl"], "svar": dict(anc_st["svar"]), "addr_on": True}
        else:
            govs = [g for g in ["cairo", "giza", "alex", "mansoura", "tanta", "zagazig", "assiut", "banha", "fayoum", "ismailia", "minya", "sohag", "damanhour"]
                    if (mi, g) not in struct["min"]]
            if not govs:
                return None
            g2 = govs[0]
            a2 = new_addr("EG", g2, "shop")
            s2 = new_phone("EG", "landline", g2)
            struct["min"][(mi, g2)] = (a2, s2, [])
            e = make_min_unit(mi, g2, ui, a2, s2)
            ov = {"script": anc_st["script"], "tpl": 0, "svar": dict(anc_st["svar"])}
            if anc_st["tpl"] % 2 != 0:
                return None
        return e, ov, claims
    return None


# --------------------------------------------------------------------------
def main():
    out = os.path.dirname(os.path.abspath(__file__))
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out, exist_ok=True)

    ents, struct = build_existing()
    assert len(ents) == 1500, len(ents)
    # record which university departments exist
    for e in ents:
        if e["kind"] == "university_dept":
            ui, fi, di = e["univ"]
            struct.setdefault("uexist", {}).setdefault((ui, fi), []).append(di)
    ex = []
    for e in ents:
        st, c, canon = render_existing(e)
        ex.append({"ent": e, "st": st, "c": c, "canon": canon})
    # displayName uniqueness (case-insensitive)
    seen = {}
    for r in ex:
        d = r["c"]["displayName"]
        if d.casefold() in seen:
            c = city_name_en(r["ent"]) or "2"
            if r["st"]["script"] == "ar" and r["ent"]["addr"] and r["ent"]["addr"]["country"] == "EG":
                c = EG[r["ent"]["addr"]["city"]][0]
            d2 = d + " (" + c + ")"
            k = 2
            while d2.casefold() in seen:
                d2 = d + " (" + c + " " + str(k) + ")"
                k += 1
            r["c"]["displayName"] = d2
            r["st"]["disp_suffix"] = d2[len(d):]
            d = d2
        seen[d.casefold()] = True
    ex.sort(key=lambda r: (r["c"]["displayName"].casefold(), r["c"]["displayName"]))
    by_ent = {}
    for i, r in enumerate(ex):
        r["index"] = i
        by_ent[r["ent"]["id"]] = r

    incoming = []
    # ---- matches: 825
    order = list(range(1500))
    R.shuffle(order)
    targets = order[:785] + order[:40]
    for ti in targets:
        r = ex[ti]
        prof = wch([("light", 35), ("medium", 40), ("harsh", 25)])
        st, c, canon, ev, chg = make_variant(r["ent"], r["st"], r["c"], r["canon"], prof)
        incoming.append({"c": c, "meta": {"set": "incoming", "entity": r["ent"]["id"], "category": "match", "kind": r["ent"]["kind"],
                                          "changes": chg, "profile": prof, "evidence": ev, "compare_set": "existing",
                                          "compare_index": r["index"]}})
    # ---- new customers: 525 records, 400 entities (65 twice, 30 thrice)
    kinds = [("person", 135), ("person_coptic", 30), ("person_expat", 8), ("person_export", 7), ("pharmacy", 70), ("clinic", 35),
             ("hospital", 15), ("lab", 30), ("company", 35), ("trading_est", 15), ("ngo", 8), ("export_org", 12)]
    new_ents = []
    for k, n in kinds:
        for _ in range(n):
            new_ents.append(make_person(k) if k.startswith("person") else make_org(k))
    assert len(new_ents) == 400, len(new_ents)
    R.shuffle(new_ents)
    reps = [3] * 30 + [2] * 65 + [1] * (len(new_ents) - 95)
    new_groups = []
    for e, k in zip(new_ents, reps):
        st0 = base_style(e, ch(SOURCES))
        if not ((st0["email_on"] and e["email"]) or (st0["phone_on"] and e["phones"]) or (st0["addr_on"] and e["addr"])):
            st0["phone_on"] = True
        c0, canon0 = render(e, st0, data_of(e))
        grp = [{"c": c0, "meta": {"set": "incoming", "entity": e["id"], "category": "new", "kind": e["kind"], "changes": [],
                                  "occurrence": 1}}]
        for j in range(1, k):
            prof = wch([("light", 35), ("medium", 40), ("harsh", 25)])
            st, c, canon, ev, chg = make_variant(e, st0, c0, canon0, prof)
            grp.append({"c": c, "meta": {"set": "incoming", "entity": e["id"], "category": "new", "kind": e["kind"], "changes": chg,
                                         "occurrence": j + 1, "profile": prof, "evidence": ev, "compare_set": "incoming"}})
        new_groups.append(grp)
        incoming.extend(grp)
    # ---- hard negatives: 150
    anchors_used = {}
    for t, n in HN_PLAN:
        made = 0
        tries = 0
        cand = list(range(1500))
        R.shuffle(cand)
        while made < n and tries < len(cand):
            r = ex[cand[tries]]
            tries += 1
            if anchors_used.get(r["ent"]["id"]):
                continue
            res = hn_build(t, r["ent"], r["st"], r["c"], r["canon"], struct)
            if res is None:
                continue
            e, ov, claims = res
            claims = [x for x in claims if x]
            st = base_style(e, ch(SOURCES))
            for k2, v in ov.items():
                if v is not None:
                    st[k2] = v
            if not e["org"] and e["kind"] == "person_expat":
                st["script"] = "en"
            if t in ("namesake_person_elsewhere", "father_son", "brothers"):
                st["nick"] = None
            if "address" in claims or "city" in claims:
                st["addr_on"] = True
            if "email" in claims:
                st["email_on"] = True
            if "phone" in claims:
                st["phone_on"] = True
            if t in ("university_other_department", "ministry_other_directorate"):
                st["case"] = anc_case = r["st"]["case"]
            c, canon = render(e, st, data_of(e))
            # keep only true claims
            ok = []
            for cl in claims:
                if cl == "email" and not (canon["email"] and canon["email"] == r["canon"]["email"]):
                    continue
                if cl == "phone" and not [x for x in canon["phones"] if x in r["canon"]["phones"]]:
                    continue
                if cl == "address" and not (canon["addr"] and canon["addr"] == r["canon"]["addr"]):
                    continue
                if cl == "city" and not (canon["addr"] and r["canon"]["addr"] and e["addr"]["city"] == r["ent"]["addr"]["city"]):
                    continue
                if cl not in ok:
                    ok.append(cl)
            if not ok or c == r["c"]:
                continue
            chg = []
            for f in FIELDS:
                if r["c"][f] == c[f]:
                    continue
                if r["c"][f] is None:
                    chg.append(f + ":added")
                elif c[f] is None:
                    chg.append(f + ":dropped")
                elif (f in ok) or (f in ("displayName", "companyName") and "name_core" in ok and False):
                    chg.append(f + ":format")
                else:
                    chg.append(f + ":other_customer")
            anchors_used[r["ent"]["id"]] = True
            incoming.append({"c": c, "meta": {"set": "incoming", "entity": e["id"], "category": "hard_negative", "kind": e["kind"],
                                              "changes": chg, "anchor": r["ent"]["id"], "anchor_index": r["index"], "hn_type": t,
                                              "rule": RULES[t], "shared": ok}})
            made += 1
        if made < n:
            raise SystemExit("could not build enough hard negatives of type %s (%d/%d)" % (t, made, n))
    assert len(incoming) == 1500, len(incoming)
    R.shuffle(incoming)
    # new repeats: first occurrence must come first
    pos = {}
    for i, r in enumerate(incoming):
        if r["meta"]["category"] == "new":
            pos.setdefault(r["meta"]["entity"], []).append(i)
    for grp in new_groups:
        ps = sorted(pos[grp[0]["meta"]["entity"]])
        for p_, rec in zip(ps, grp):
            incoming[p_] = rec
        for rec in grp[1:]:
            rec["meta"]["compare_index"] = ps[0]

    lines, metas = [], []
    for r in ex:
        e = r["ent"]
        lines.append({"set": "existing", "entity": e["id"], "contact": r["c"]})
        metas.append({"set": "existing", "index": r["index"], "entity": e["id"], "category": "existing", "kind": e["kind"], "changes": []})
    for i, r in enumerate(incoming):
        lines.append({"set": "incoming", "entity": r["meta"]["entity"], "contact": r["c"]})
        m = {"set": "incoming", "index": i}
        m.update(r["meta"])
        m["set"] = "incoming"
        m["index"] = i
        metas.append(m)
    with open(os.path.join(out, "set.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in metas:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
