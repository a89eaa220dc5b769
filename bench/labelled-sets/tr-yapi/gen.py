#!/usr/bin/env python3
"""Generator for the synthetic record-linkage benchmark "tr-yapi".

Anadolu Yapi Market Ticaret Ltd. Sti. (invented), Ankara + Izmir branch: QuickBooks Online
customer list (existing) and upstream records (incoming).  Standard library only.
Usage: python3 gen.py [--out DIR]
"""
import json
import os
import re
import sys
import random

SEED = 20240917
R = random.Random(SEED)

# ----------------------------------------------------------------------------- text helpers
FOLD = {'ı': 'i', 'İ': 'I', 'ş': 's', 'Ş': 'S', 'ğ': 'g', 'Ğ': 'G', 'ç': 'c', 'Ç': 'C', 'ö': 'o',
        'Ö': 'O', 'ü': 'u', 'Ü': 'U', 'â': 'a', 'Â': 'A', 'î': 'i', 'û': 'u', 'ə': 'e', 'Ə': 'E',
        'ä': 'a', 'ß': 'ss', 'é': 'e'}
FOLD_T = str.maketrans(FOLD)


def is_moj(s):
    return s is not None and any(x in s for x in ('Ã', 'Ä', 'Å', 'É', 'â€'))


def repair(s):
    if s is None or not is_moj(s):
        return s
    try:
        return s.encode('cp1252').decode('utf-8')
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def moj(s):
    try:
        return s.encode('utf-8').decode('cp1252')
    except UnicodeDecodeError:
        return s


def fold(s):
    return repair(s).translate(FOLD_T).lower()


def upper_tr(s):
    return s.replace('i', 'İ').replace('ı', 'I').upper()


def lower_tr(s):
    return s.replace('İ', 'i').replace('I', 'ı').lower()


def lower_pl(s):
    return s.replace('İ', 'i').lower()


def ascii_tr(s):
    return s.translate(FOLD_T)


def dist1(a, b):
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        d = [i for i in range(la) if a[i] != b[i]]
        if len(d) == 1:
            return True
        return len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def toks(s):
    return re.findall(r'[a-z0-9]+', fold(s)) if s else []


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ----------------------------------------------------------------------------- pools
MALE = ["Mehmet", "Ahmet", "Mustafa", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf",
        "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Salih", "Fatih",
        "Kemal", "Hakan", "Emre", "Burak", "Serkan", "Orhan", "Erkan", "Cengiz", "Kadir", "Yasin",
        "Metin", "Levent", "Tuncay", "Volkan", "Uğur", "Oğuz", "Gökhan", "Selim", "Sinan", "Tarık",
        "Cem", "Çağlar", "Şükrü", "Şaban", "İlker", "Ercan", "Eyüp", "Nurettin", "Bülent", "Cevdet",
        "Şivan", "Rojhat", "Berzan", "Azad", "Baran", "Serhat", "Diyar", "Abdulkadir", "Abdurrahman",
        "Muhammed", "Cihan", "Nizamettin", "Halit", "Zeki", "Veli", "Erdal", "Kenan", "Taner", "Ferhat",
        "Mesut", "Yakup", "Necati", "Sedat", "Harun", "Kerem", "Onur", "Tolga"]
FEMALE = ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan",
          "Hanife", "Merve", "Özlem", "Esra", "Derya", "Gülsüm", "Sevgi", "Yasemin", "Hülya", "Aysel",
          "Nurcan", "Songül", "Dilek", "Filiz", "Leyla", "Ebru", "Büşra", "Tuğba", "Kübra", "Şeyma",
          "Gülizar", "Rojda", "Berfin", "Nesrin", "Nergis", "Zozan", "Hacer", "Sibel", "Serpil", "Aynur",
          "Nuray", "Gönül", "Melek", "Şükran", "Havva", "Cemile", "Nazlı", "Pınar", "Canan", "Saadet"]
MALE2 = ["Mehmet Ali", "Ali Rıza", "Hüseyin Hüsnü", "Mustafa Kemal", "Ahmet Can", "Muhammed Emin",
         "Hasan Basri", "Ömer Faruk", "Yusuf Ziya", "İsmail Hakkı", "Osman Nuri", "Halil İbrahim",
         "Mehmet Emin", "Ali Osman", "Hasan Hüseyin", "Mehmet Akif", "Ahmet Cevdet", "Abdul Samet"]
FEMALE2 = ["Ayşe Nur", "Fatma Nur", "Emine Gül", "Zeynep Sude", "Elif Naz", "Ayşe Gül", "Fatma Zehra",
           "Hatice Kübra", "Esma Nur", "Şerife Nur", "Ayşe Sultan", "Gül Sefa"]
SECOND = ["Emre", "Can", "Kaan", "Berk", "Efe", "Deniz", "Tuna", "Arda", "Alper", "Eren", "Batuhan",
          "Furkan", "Enes", "Oğuzhan", "Yiğit"]
TOP_SURN = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan"]
SURN = TOP_SURN + ["Yıldırım", "Özdemir", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
                   "Şimşek", "Polat", "Korkmaz", "Karataş", "Erdoğan", "Güneş", "Acar", "Bulut", "Aksoy",
                   "Avcı", "Turan", "Tekin", "Kaplan", "Güler", "Bozkurt", "Keskin", "Ünal", "Uçar", "Sarı",
                   "Işık", "Uysal", "Ateş", "Tunç", "Başaran", "Ekinci", "Durmaz", "Taş", "Karakaya",
                   "Altun", "Erdem", "Gündüz", "Bayram", "Coşkun", "Yavuz", "Sönmez", "Özer", "Gök", "Akın",
                   "Kahraman", "Ergün", "Aktaş", "Çakır", "Demirtaş", "Zengin", "Oral", "Aydemir",
                   "Baysal", "Temel", "Yüksel", "Savaş", "Sezer", "Karaca", "Duman", "Uzun", "Özgür",
                   "Tanrıverdi", "Ekici", "Akbulut", "Bozdağ", "Çiftçi", "Yalçın", "Dinç", "Ekmekçi",
                   "Kuzu", "Orhan", "Ay", "Sevim", "Altıntaş", "Toprak", "Dağ", "Kocaman", "Esen"]
NICK = {"Mehmet": "Memo", "Abdullah": "Apo", "Hüseyin": "Hüso", "Mustafa": "Musti"}
PRE_TITLES = ["Av.", "Dr.", "Müh.", "Sn.", "Hacı"]
AZ_M = ["Elnur", "Rauf", "Vüqar", "Elçin", "Tural", "Orxan", "Rəşad", "Anar", "Kamran"]
AZ_F = ["Günel", "Nərmin", "Səbinə", "Aygün", "Lalə", "Könül"]
AZ_S = ["Məmmədov", "Əliyev", "Hüseynov", "Quliyev", "Həsənov", "İsmayılov", "Abbasov", "Cəfərov", "Rzayev"]

DIST = {
    "Ankara": ["Çankaya", "Keçiören", "Yenimahalle", "Mamak", "Etimesgut", "Sincan", "Altındağ", "Pursaklar",
               "Gölbaşı", "Polatlı", "Çubuk", "Kahramankazan", "Beypazarı", "Elmadağ", "Akyurt",
               "Kızılcahamam", "Haymana", "Nallıhan"],
    "İzmir": ["Konak", "Karşıyaka", "Bornova", "Buca", "Çiğli", "Bayraklı", "Gaziemir", "Karabağlar",
              "Balçova", "Narlıdere", "Menemen", "Torbalı", "Kemalpaşa", "Urla"],
    "Eskişehir": ["Tepebaşı", "Odunpazarı"],
    "Kırıkkale": ["Yahşihan", "Keskin"],
    "Manisa": ["Yunusemre", "Şehzadeler"],
}
PCODE = {"Ankara": "06", "İzmir": "35", "Eskişehir": "26", "Kırıkkale": "71", "Manisa": "45"}
AREA = {"Ankara": "312", "İzmir": "232", "Eskişehir": "222", "Kırıkkale": "318", "Manisa": "236"}
KKTC = ["Lefkoşa", "Girne", "Gazimağusa"]
MAH_POOL = ["Kızılay", "Bahçelievler", "Emek", "Cumhuriyet", "Yıldızevler", "Ayrancı", "Kavaklıdere",
            "Aydınlıkevler", "Esertepe", "Batıkent", "Demetevler", "Şentepe", "Eryaman", "Elvankent", "Fatih",
            "Atatürk", "Yunus Emre", "Mevlana", "Hürriyet", "Barbaros", "Kazım Karabekir", "Gazi Osman Paşa",
            "İsmet Paşa", "Mimar Sinan", "Alsancak", "Bostanlı", "Mavişehir", "Evka 3", "Kazımdirik",
            "Erzene", "Güzelyalı", "Atakent", "Yeşilyurt", "Tuzluçayır", "Balgat", "Dikmen", "Çayyolu",
            "Ümitköy", "Oran", "Bağlıca", "Sokullu", "Pınarbaşı", "Etlik", "Ovacık", "Aktepe", "Bademlik",
            "Kurtuluş", "Zafer", "Yenidoğan", "Karşıyaka", "Saray", "Ulubey"]
OSB = {"Yenimahalle": ["Ostim OSB", "İvedik OSB"], "Sincan": ["Ankara Sanayi Odası OSB"],
       "Çiğli": ["Atatürk OSB"], "Kemalpaşa": ["Kemalpaşa OSB"]}
CAD = ["Atatürk", "Gazi Mustafa Kemal", "Cinnah", "Tunalı Hilmi", "Mithatpaşa", "Ziya Gökalp", "Necatibey",
       "Meşrutiyet", "Sakarya", "Kazım Karabekir", "Hürriyet", "Cumhuriyet", "Fevzi Çakmak", "İstiklal",
       "Şehit Cevdet Özdemir", "Turgut Özal", "Mevlana", "Dumlupınar", "Talatpaşa", "Gazi",
       "Kıbrıs Şehitleri", "Plevne", "Şehitler", "Ulubatlı Hasan", "Yavuz Sultan Selim", "Köroğlu",
       "Hoşdere", "Ahmet Taner Kışlalı", "Cemal Gürsel", "Vatan", "Millet", "Bağdat", "Eşref Bitlis"]
SOK = ["Gül", "Lale", "Menekşe", "Papatya", "Karanfil", "Akasya", "Çınar", "Ihlamur", "Kavak", "Zambak",
       "Nergis", "Sümbül", "Manolya", "Söğüt", "Ardıç", "Defne", "Begonya", "Fulya", "Yasemin", "Orkide",
       "Şair Nedim", "Bestekar", "Kumrular", "Yüksel", "Konur", "Bayındır", "Selanik", "Olgunlar",
       "Karaağaç", "Çamlık", "Yaprak", "Gökkuşağı", "Gelincik", "Kardelen", "Mimoza", "Nilüfer",
       "Sedir", "Servi", "Zeytin", "Lavanta"]
BLV = ["Atatürk", "İnönü", "Fatih Sultan Mehmet", "Mevlana", "Turgut Özal", "Alparslan Türkeş",
       "Şehit Ömer Halisdemir", "Anadolu", "Dodurga", "Mustafa Kemal", "Konya Yolu Üzeri"]
RENAMED = ["Şehit Ömer Halisdemir", "15 Temmuz", "Şehit Fethi Sekin", "Kıbrıs Şehitleri", "Şehit Kubilay",
           "Nene Hatun", "Şehit Piyade Er Ali Yıldız", "Şehit Polis Mehmet Akif"]
BLDG = ["Kızılay İş Merkezi", "Cevahir İşhanı", "Özsoy İş Merkezi", "Büyük Çarşı İşhanı", "Ulus İş Hanı",
        "Karum İş Merkezi", "Metropol İş Merkezi", "Ticaret Sarayı", "Ege İş Merkezi", "Yıldız Plaza",
        "A Blok", "B Blok", "C Blok", "Panorama Evleri", "Göl Konutları"]
DE_CITY = {"Köln": ("50", "221", ["Venloer", "Aachener", "Dürener", "Neusser", "Berliner", "Frankfurter"]),
           "Duisburg": ("47", "203", ["Weseler", "Düsseldorfer", "Mülheimer", "Krefelder"]),
           "Berlin": ("1", "30", ["Potsdamer", "Kottbusser", "Hermann", "Schöneberger"])}
AZ_CITY = {"Bakı": ["Nizami", "Füzuli", "Səməd Vurğun", "Rəşid Behbudov", "Üzeyir Hacıbəyov"],
           "Sumqayıt": ["Sülh", "Heydər Əliyev"]}
ABSTRACT = ["Başkent", "Anadolu", "Kuzey", "Güney", "Ege", "Ufuk", "Güven", "Doruk", "Zirve", "Akdağ",
            "Kartal", "Tekno", "Atlas", "Arma", "Birlik", "Ekol", "Kale", "Merkez", "Nova", "Prestij", "Rota",
            "Simge", "Tuna", "Vadi", "Zafer", "Çınar", "Ilgaz", "Toros", "Erciyes", "Uludağ", "Fırat",
            "Dicle", "Meriç", "Kızılırmak", "Sakarya", "Poyraz", "Lodos", "Yakamoz", "Ekin", "Bereket",
            "Sistem", "Öncü", "Mimoza", "Safir", "Zümrüt", "Elmas", "Yakut", "Pırlanta", "Seçkin", "Umut"]
PREF = ["Ak", "Kara", "Gök", "Yeşil", "Tan", "Er", "Ay", "Gün", "Öz", "Çağ", "El", "Bay", "Taş", "Kar", "Yıl",
        "Alp", "Ata", "Bil", "Can", "Dem"]
SUFF = ["kent", "han", "dağ", "yapı", "soy", "taş", "su", "tepe", "kaya", "el", "er", "ay"]
APT = ["Gül", "Lale", "Menekşe", "Papatya", "Karanfil", "Zambak", "Nilüfer", "Orkide", "Manolya", "Akasya",
       "Çamlık", "Yeşilvadi", "Güneş", "Deniz", "Başak", "Bahar", "Yıldız", "Huzur", "Barış", "Doğa",
       "Koru", "Park", "Ihlamur", "Çınar", "Sedir", "Mimoza", "Begonya", "Fulya", "Sümbül", "Kardelen",
       "Ayyıldız", "Hilal", "Mavi", "Serin", "Kent", "Onur", "Ada", "Selvi", "Aksu", "Göksu", "Ilgın",
       "Pelin", "Defne", "Gonca", "Lavanta", "Şebboy", "Aktaş", "Yeşim", "Ece", "Su", "Nur", "Tuba",
       "Merve", "Zeytin", "Palmiye", "Kumsal", "Yakamoz", "İnci", "Mercan", "Sahil", "Vadi", "Tepe",
       "Koza", "Seyran", "Bulut", "Gökçe", "Ebru", "Aylin", "Beril", "Sena", "Asya", "Toprak", "Umut",
       "Emek", "Dostlar", "Kardeşler", "Öğretmenler", "Saadet", "Bereket", "Esenlik", "Işıklar", "Uğur",
       "Cennet", "Çiçek", "Fidan", "Filiz", "Gelincik", "Lale Devri", "Sultan", "Tuncay", "Akdeniz",
       "Karadeniz", "Marmara", "Anıl", "Can", "Efe", "Ergin"]
COOP = ["Öğretmenler", "Polisler", "Emekli Subaylar", "Sağlıkçılar", "Güneş", "Yıldız", "Barış", "Bahçekent",
        "Yeşilyurt", "Kent", "Başkent Memurları", "Mühendisler", "Hakimler ve Savcılar", "Bankacılar",
        "Demiryolcular", "Postacılar", "Hemşireler", "Akademisyenler", "Esnaflar", "Şoförler", "Gazeteciler",
        "Avukatlar", "Eczacılar", "Muhasebeciler", "İnşaatçılar", "Yapı İşçileri", "Hilal", "Dostluk",
        "Sevgi", "Huzurkent", "Yeşilvadi", "Gökyüzü", "Dumlupınar", "Kocatepe", "Zübeyde Hanım", "Ufuk",
        "Gelecek", "Atlas", "Uğur", "Işık", "Bereket", "Dayanışma", "Birlik", "Beraberlik", "Ekin", "Çağdaş",
        "Kardelen", "Bahar", "Yakamoz", "Yeni Yaşam", "Ata", "Alparslan", "Mavi Göl", "Eymir", "Mogan",
        "Çamlıtepe", "Ayyıldız", "Şafak", "Nur", "Saray", "Ilgaz", "Özlem", "Doruk", "Erguvan", "Manolya",
        "Yonca", "Lale", "Sümbül", "Papatya", "Yasemin", "Akasya", "Ihlamur", "Şelale", "Gölkent", "Koruköy"]
SCHOOL_N = ["Atatürk", "Cumhuriyet", "Gazi", "Mehmet Akif Ersoy", "Kurtuluş", "19 Mayıs", "Yunus Emre",
            "Mimar Sinan", "Fatih Sultan Mehmet", "Namık Kemal", "Ziya Gökalp", "Hasan Ali Yücel",
            "Mareşal Fevzi Çakmak", "Barbaros Hayrettin", "Piri Reis", "Kanuni", "Yavuz Selim", "Mevlana",
            "Hacı Bektaş Veli", "Neşet Ertaş", "Âşık Veysel", "Cahit Arf", "Aziz Sancar", "Nene Hatun"]
SCHOOL_T = ["İlkokulu", "Ortaokulu", "Anadolu Lisesi", "Mesleki ve Teknik Anadolu Lisesi",
            "İmam Hatip Ortaokulu", "Fen Lisesi"]
MOSQ = ["Merkez", "Yeşil", "Ulu", "Hz. Ömer", "Hz. Ebubekir", "Selimiye", "Mevlana", "Fatih", "Eyüp Sultan",
        "Sultan Alparslan", "Hacı Bayram", "Kocatepe", "Hicret", "Nur", "Hidayet", "Tevhid", "Rahmet",
        "Hz. Hamza", "Hz. Osman", "Hz. Ali", "Yunus Emre", "Akşemsettin", "İmam Gazali", "Bilal-i Habeşi",
        "Süleymaniye", "Mimar Sinan", "Kuba", "Mescid-i Aksa", "Hacı Ömer", "Şeyh Şamil", "Hacı Hasan",
        "Hacı Mustafa", "Tekke", "Çarşı", "Kale", "Pazar", "Esentepe", "Yenice", "Ovaçeşme", "Karapınar"]
DEPTS = [("Fen İşleri", "fenisleri"), ("Park ve Bahçeler", "parkbahceler"), ("Destek Hizmetleri", "destek"),
         ("İmar ve Şehircilik", "imar"), ("Temizlik İşleri", "temizlik"), ("Yapı Kontrol", "yapikontrol"),
         ("Emlak ve İstimlak", "emlak"), ("Kültür İşleri", "kultur")]
HW_ACT = [["Hırdavat"], ["Nalbur"], ["Yapı Market"], ["Hırdavat", "Yapı Malzemeleri"], ["Boya", "Hırdavat"],
          ["Elektrik Malzemeleri"], ["Sıhhi Tesisat"], ["İnşaat Malzemeleri"], ["Nalburiye"]]
CON_ACT = [["İnşaat"], ["İnşaat", "Taahhüt"], ["Yapı"], ["Yapı", "İnşaat"], ["Mimarlık", "İnşaat"],
           ["İnşaat", "Emlak"], ["İnşaat", "Taahhüt"], ["İnşaat"]]
TRADES = ["İnşaat", "Elektrik", "Tesisat", "Boya", "Hırdavat", "Nalbur", "Yapı", "Isı Yalıtım", "Sıhhi Tesisat",
          "Alüminyum", "PVC", "Mermer", "Seramik", "Dekorasyon", "Parke"]
TQ = ["Tesisatçı", "Elektrikçi", "Boyacı", "Fayansçı", "Usta", "Müteahhit", "Sıvacı"]
SEG_ALTS = {
    "İnşaat": ["İnşaat", "İnş."], "Taahhüt": ["Taahhüt", "Taah."], "Hırdavat": ["Hırdavat", "Hırd."],
    "Elektrik Malzemeleri": ["Elektrik Malzemeleri", "Elk. Malz."], "Yapı Malzemeleri": ["Yapı Malzemeleri", "Yapı Malz."],
    "İnşaat Malzemeleri": ["İnşaat Malzemeleri", "İnş. Malz."], "Mimarlık": ["Mimarlık", "Mim."],
    "Sıhhi Tesisat": ["Sıhhi Tesisat", "Sıhhi Tes."],
}
LEGAL = {"ltd": ["Ltd. Şti.", "Ltd.Şti.", "Limited Şirketi", "Ltd. Şti", "LTD. ŞTİ."],
         "as": ["A.Ş.", "AŞ", "Anonim Şirketi", "A.Ş"],
         "koll": ["Koll. Şti.", "Kollektif Şirketi"],
         "tic": ["Tic.", "Ticaret"]}
SANTIC = ["San. ve Tic.", "Sanayi ve Ticaret", "San. Tic.", "San. ve Tic"]
MAIL_P = [("hotmail.com", 34), ("gmail.com", 36), ("yahoo.com", 7), ("outlook.com", 6), ("yandex.com.tr", 4),
          ("hotmail.com.tr", 3), ("mynet.com", 3), ("yandex.com", 2), ("windowslive.com", 1)]

# ----------------------------------------------------------------------------- registries
USED_IDS = []
USED_ID_SET = {}
PHONE_USED = {}
ADDR_USED = {}
BLDG_USED = {}
EMAIL_USED = {}
EMAIL_DEL = {}


def new_id():
    while True:
        x = "c%07x" % R.getrandbits(28)
        if x not in USED_ID_SET:
            USED_ID_SET[x] = 1
            return x


def dels(s):
    out = [s]
    for i in range(len(s)):
        out.append(s[:i] + s[i + 1:])
    return out


def email_near(e):
    for d in dels(e):
        if d in EMAIL_DEL:
            return True
    return False


def reg_email(e):
    e = e.lower()
    EMAIL_USED[e] = 1
    for d in dels(e):
        EMAIL_DEL[d] = 1


def new_phone(kind, prov=None, cc="90"):
    while True:
        if cc == "90":
            if kind == "mobile":
                pre = pick(["530", "531", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543",
                            "544", "545", "546", "505", "506", "507", "551", "552", "553", "554", "555", "501"])
            elif prov in KKTC:
                pre = "392"
            else:
                pre = AREA.get(prov, "312")
            nat = pre + "%07d" % R.randrange(2000000, 9999999)
        elif cc == "994":
            nat = pick(["50", "51", "55", "70", "77", "12"]) + "%07d" % R.randrange(2000000, 9999999)
        else:
            if kind == "mobile":
                nat = pick(["151", "152", "160", "170", "176"]) + "%08d" % R.randrange(10000000, 99999999)
            else:
                nat = prov + "%07d" % R.randrange(1000000, 9999999)
        if cc + nat not in PHONE_USED:
            PHONE_USED[cc + nat] = 1
            return {"cc": cc, "nat": nat, "ext": None}


def slug(s):
    return re.sub(r'[^a-z0-9]', '', fold(s))


def fresh_email(local_opts, domain_fn, far=True):
    for _ in range(400):
        loc = pick(local_opts)
        dom = domain_fn()
        e = (loc + "@" + dom).lower()
        if e in EMAIL_USED or (far and email_near(e)):
            loc2 = loc + str(R.randrange(1, 99 if _ < 100 else 9999))
            e = (loc2 + "@" + dom).lower()
            if e in EMAIL_USED or (far and email_near(e)):
                continue
        reg_email(e)
        return e
    raise RuntimeError("email")


def person_email(given, family):
    g = slug(given.split()[0])
    g2 = slug(given)
    f = slug(family.split()[-1])
    yy = str(R.randrange(55, 100)) if R.random() < 0.5 else str(R.randrange(1960, 2004))
    opts = [g + f, g + "." + f, g + f + yy, g[0] + f, g + "_" + f, g2 + f, g + f + str(R.randrange(1, 99)),
            g + "." + f + yy, f + "." + g, g + "_" + f + "_" + yy]
    return fresh_email(opts, lambda: wpick(MAIL_P))


# ----------------------------------------------------------------------------- addresses
MAH_BY_D = {}
PC_BY_DM = {}


def district_mahs(d):
    if d not in MAH_BY_D:
        MAH_BY_D[d] = sorted(R.sample(MAH_POOL, 7))
    return MAH_BY_D[d]


def postcode(prov, dist, mah):
    k = (dist, mah)
    if k not in PC_BY_DM:
        PC_BY_DM[k] = PCODE[prov] + "%03d" % R.randrange(100, 990)
    return PC_BY_DM[k]


def akey_c(c):
    st = re.sub(r'[.,]', ' ', fold(c["street"]))
    st = " ".join(st.split())
    return "%s|%s|%s|%s|%s" % (st, c["stype"], c["no"], c["daire"] or "", fold(c["prov"]))


def bkey_c(c):
    st = " ".join(re.sub(r'[.,]', ' ', fold(c["street"])).split())
    return "%s|%s|%s|%s" % (st, c["stype"], c["no"], fold(c["prov"]))


def pick_prov():
    return wpick([("Ankara", 74), ("İzmir", 20), ("Eskişehir", 2), ("Kırıkkale", 2), ("Manisa", 2)])


def new_addr(prov=None, dist=None, flat=None, osb=False, country="TR", reg=True, avoid_dist=None):
    for _ in range(1000):
        if country == "TR":
            p = prov or pick_prov()
            d = dist
            if d is None:
                cands = [x for x in DIST[p] if x != avoid_dist]
                d = wpick([(x, 6 if i < 6 else 1) for i, x in enumerate(cands)])
            c = {"country": "TR", "prov": p, "dist": d, "kat": None, "daire": None, "bldg": None}
            if osb and d in OSB:
                c["mah"] = pick(OSB[d])
                c["street"] = str(R.randrange(1100, 2500) if R.random() < .7 else R.randrange(1, 40))
                c["stype"] = pick(["cad", "sok"])
                c["num"] = True
            else:
                c["mah"] = pick(district_mahs(d))
                r = R.random()
                if p == "İzmir" and r < 0.45:
                    c["street"] = str(R.randrange(1000, 9999)); c["stype"] = "sok"; c["num"] = True
                elif r < 0.55:
                    c["street"] = pick(SOK); c["stype"] = "sok"; c["num"] = False
                elif r < 0.88:
                    c["street"] = pick(CAD); c["stype"] = "cad"; c["num"] = False
                else:
                    c["street"] = pick(BLV); c["stype"] = "blv"; c["num"] = False
            c["no"] = str(R.randrange(1, 180))
            want_flat = flat if flat is not None else (R.random() < 0.7)
            if want_flat:
                c["kat"] = str(R.randrange(1, 9))
                c["daire"] = str(R.randrange(1, 30))
            if R.random() < 0.12:
                c["bldg"] = pick(BLDG)
            c["pc"] = postcode(p, d, c["mah"])
        elif country == "KKTC":
            p = prov or pick(KKTC)
            c = {"country": "KKTC", "prov": p, "dist": None, "mah": pick(["Köşklüçiftlik", "Dereboyu", "Ortaköy",
                 "Hamitköy", "Karakum", "Baykal"]), "street": pick(["Dereboyu", "Mehmet Akif", "Bedrettin Demirel",
                 "Osman Paşa", "Ecevit", "Ziya Rızkı"]), "stype": "cad", "num": False, "no": str(R.randrange(1, 120)),
                 "kat": None, "daire": None, "bldg": None, "pc": "99%03d" % R.randrange(10, 600)}
            if R.random() < .5:
                c["kat"] = str(R.randrange(1, 6)); c["daire"] = str(R.randrange(1, 12))
        elif country == "DE":
            p = prov or pick(sorted(DE_CITY))
            pc0, _, streets = DE_CITY[p]
            c = {"country": "DE", "prov": p, "dist": None, "mah": None, "street": pick(streets), "stype": "str",
                 "num": False, "no": str(R.randrange(1, 250)), "kat": None, "daire": None, "bldg": None,
                 "pc": pc0 + "%04d" % R.randrange(100, 9999) if pc0 != "1" else "1%04d" % R.randrange(1000, 4999)}
        else:
            p = prov or pick(sorted(AZ_CITY))
            c = {"country": "AZ", "prov": p, "dist": None, "mah": None, "street": pick(AZ_CITY[p]), "stype": "kuc",
                 "num": False, "no": str(R.randrange(1, 150)), "kat": None, "daire": str(R.randrange(1, 80)),
                 "bldg": None, "pc": "AZ%04d" % R.randrange(1000, 1200)}
        k = akey_c(c)
        if k in ADDR_USED:
            continue
        if reg:
            ADDR_USED[k] = 1
            BLDG_USED[bkey_c(c)] = 1
        return c
    raise RuntimeError("addr")


STF = {"cad": ["Caddesi", "Cad.", "Cd."], "sok": ["Sokak", "Sok.", "Sk.", "Sokağı"], "blv": ["Bulvarı", "Blv.", "Bulv."],
       "str": ["Straße", "Str.", "Strasse"], "kuc": ["küçəsi", "küç."]}
STF_NUM = {"cad": ["Cadde", "Cad.", "Cd."], "sok": ["Sokak", "Sok.", "Sk."]}


def addr_style():
    return {"mah": wpick([(0, 5), (1, 3), (2, 2), (3, 3)]), "st": R.randrange(4), "num": R.randrange(8),
            "place": wpick([(0, 6), (1, 2), (2, 1), (3, 2), (4, 2), (5, 1)]), "pc": wpick([(0, 5), (1, 4), (2, 0.5)]),
            "bldg": R.random() < 0.7, "country": wpick([(0, 4), (1, 2), (2, 1), (3, 3)]), "dot": R.random() < .5,
            "upper_prov": R.random() < .4}


def render_addr(c, s):
    if c is None:
        return None
    if c["country"] == "DE":
        f = STF["str"][s["st"] % 3]
        line1 = "%s %s %s" % (c["street"], f, c["no"])
        ctry = ["Germany", "Deutschland", "Almanya", "DE"][s["country"]]
        return {"line1": line1, "line2": None, "city": c["prov"], "region": "NRW" if s["place"] == 1 and c["prov"] != "Berlin" else None,
                "postalCode": c["pc"] if s["pc"] != 1 else None, "country": ctry}
    if c["country"] == "AZ":
        f = STF["kuc"][s["st"] % 2]
        if s["num"] % 2:
            line1 = "%s %s %s, mənzil %s" % (c["street"], f, c["no"], c["daire"])
        else:
            line1 = "%s %s %s/%s" % (c["street"], f, c["no"], c["daire"])
        ctry = ["Azerbaijan", "Azerbaycan", "Azərbaycan", "AZ"][s["country"]]
        return {"line1": line1, "line2": None, "city": c["prov"], "region": None,
                "postalCode": c["pc"] if s["pc"] != 1 else None, "country": ctry}
    parts = []
    if c["mah"] and s["mah"] != 3:
        parts.append(c["mah"] + " " + ["Mah.", "Mahallesi", "Mh."][s["mah"]])
    if c["num"]:
        sn = c["street"] + ("." if s["dot"] else "")
        parts.append(sn + " " + STF_NUM[c["stype"]][s["st"] % 3])
    else:
        fl = STF[c["stype"]]
        parts.append(c["street"] + " " + fl[s["st"] % len(fl)])
    no, d, k = c["no"], c["daire"], c["kat"]
    if d:
        forms = ["No:%s D:%s" % (no, d), "No:%s Daire:%s" % (no, d), "No %s/%s" % (no, d), "%s/%s" % (no, d),
                 "No:%s Kat:%s Daire:%s" % (no, k, d), "No:%s K:%s D:%s" % (no, k, d), "No:%s/%s" % (no, d),
                 "No: %s D: %s" % (no, d)]
    else:
        forms = ["No:%s" % no, "No %s" % no, "No: %s" % no, "%s" % no, "No:%s" % no, "No:%s" % no, "No:%s" % no, "No %s" % no]
    parts.append(forms[s["num"]])
    line1 = " ".join(parts)
    line2 = c["bldg"] if (c["bldg"] and s["bldg"]) else None
    dist, prov = c["dist"], c["prov"]
    provu = upper_tr(prov) if s["upper_prov"] else prov
    city, region = None, None
    pl = s["place"]
    if c["country"] == "KKTC":
        city = prov
        region = None
        ctry = ["KKTC", "Kuzey Kıbrıs Türk Cumhuriyeti", "Kuzey Kıbrıs", "TRNC"][s["country"]]
    else:
        ctry = ["Türkiye", "Turkey", "TR", None][s["country"]]
        if pl == 0:
            city, region = dist, prov
        elif pl == 1:
            city = dist
        elif pl == 2:
            city = prov
        elif pl == 3:
            city, region = dist, provu
        elif pl == 4:
            tail = "%s/%s" % (dist, provu)
            line2 = (line2 + " " + tail) if line2 else tail
        else:
            tail = "%s - %s" % (dist, provu)
            line2 = (line2 + " " + tail) if line2 else tail
    pc = c["pc"]
    if s["pc"] == 1:
        pc = None
    elif s["pc"] == 2 and c["country"] == "TR":
        pc = pc[:2] + "%03d" % ((int(pc[2:]) + R.randrange(7, 300)) % 1000)
    return {"line1": line1, "line2": line2, "city": city, "region": region, "postalCode": pc, "country": ctry}


# ----------------------------------------------------------------------------- address parsing (keys)
PROV_F = {}
for _p in list(DIST) + KKTC + list(DE_CITY) + list(AZ_CITY):
    PROV_F[fold(_p)] = fold(_p)
DIST_F = {}
for _p in DIST:
    for _d in DIST[_p]:
        DIST_F[fold(_d)] = fold(_p)
MAH_RE = re.compile(r'(?<![a-z0-9])(mahallesi|mah\.|mh\.)\s*')
ST_RE = re.compile(r'(?<![a-z0-9])(caddesi|cadde|cad\.|cd\.|sokagi|sokak|sok\.|sk\.|bulvari|bulv\.|blv\.|strasse|str\.|kucesi|kuc\.)(?=\s|$|,)')
ST_CANON = {"caddesi": "cad", "cadde": "cad", "cad.": "cad", "cd.": "cad", "sokagi": "sok", "sokak": "sok", "sok.": "sok",
            "sk.": "sok", "bulvari": "blv", "bulv.": "blv", "blv.": "blv", "strasse": "str", "str.": "str",
            "kucesi": "kuc", "kuc.": "kuc"}


def a_prov(a):
    for f in ("region", "city", "line2"):
        v = a.get(f)
        if not v:
            continue
        ts = re.findall(r'[a-z]+', fold(v))
        for t in ts:
            if t in PROV_F:
                return PROV_F[t]
        for t in ts:
            if t in DIST_F:
                return DIST_F[t]
    return None


def a_parse(a):
    if a is None or not a.get("line1"):
        return None
    s = fold(a["line1"])
    m = MAH_RE.search(s)
    mah, rest = "", s
    if m:
        mah = " ".join(re.sub(r'[.,]', ' ', s[:m.start()]).split())
        rest = s[m.end():]
    m2 = ST_RE.search(rest)
    if not m2:
        return None
    street = " ".join(re.sub(r'[.,]', ' ', rest[:m2.start()]).split())
    stype = ST_CANON[m2.group(1)]
    after = rest[m2.end():]
    no, unit = "", ""
    m3 = re.match(r'\s*,?\s*(?:no\s*:?\s*)?(\d+)', after)
    if m3:
        no = m3.group(1)
        a2 = after[m3.end():]
        m4 = re.match(r'\s*/\s*(\d+)', a2)
        if not m4:
            m4 = re.search(r'(?<![a-z])(?:d|daire|menzil)\s*:?\s*(\d+)', a2)
        if m4:
            unit = m4.group(1)
    return {"mah": mah, "street": street, "stype": stype, "no": no, "unit": unit, "prov": a_prov(a)}


def a_key(a):
    p = a_parse(a)
    if not p or not p["street"] or not p["no"] or not p["prov"]:
        return None
    return "%s|%s|%s|%s|%s" % (p["street"], p["stype"], p["no"], p["unit"], p["prov"])


# ----------------------------------------------------------------------------- phones
def render_phone(ph, s):
    cc, nat, ext = ph["cc"], ph["nat"], ph["ext"]
    st = s % 9
    if cc == "90":
        a, b, c, d = nat[:3], nat[3:6], nat[6:8], nat[8:]
        out = ["0%s %s %s %s" % (a, b, c, d), "0 (%s) %s %s %s" % (a, b, c, d), "0%s" % nat,
               "+90 %s %s %s%s" % (a, b, c, d), "90 %s %s %s %s" % (a, b, c, d), "0090 %s %s %s %s" % (a, b, c, d),
               "(%s) %s %s %s" % (a, b, c, d), "+90%s" % nat, "0%s %s %s%s" % (a, b, c, d)][st]
    elif cc == "994":
        a, b, c, d = nat[:2], nat[2:5], nat[5:7], nat[7:]
        out = ["+994 %s %s %s %s" % (a, b, c, d), "00994 %s %s%s%s" % (a, b, c, d), "+994%s" % nat][st % 3]
    else:
        a, b = (nat[:3], nat[3:]) if nat[0] == "1" else (nat[:-7], nat[-7:])
        out = ["+49 %s %s" % (a, b), "0049 %s %s" % (a, b), "+49 (0)%s %s" % (a, b)][st % 3]
    if ext:
        out += [" dahili %s" % ext, " dah. %s" % ext, " (dahili %s)" % ext, " Dahili:%s" % ext][s % 4]
    return out


def render_phones(phs, s, labels=False):
    if not phs:
        return None
    parts = []
    for i, ph in enumerate(phs):
        p = render_phone(ph, s + i * 3)
        if labels:
            mob = ph["cc"] == "90" and ph["nat"][0] == "5"
            p = (pick(["GSM: ", "Cep: "]) if mob else "Tel: ") + p
        parts.append(p)
    return pick([" / ", " / ", ", ", " - "]).join(parts) if len(parts) > 1 else parts[0]


def p_parse(v):
    if not v:
        return []
    out = []
    for part in re.split(r'\s[/,;]\s|,\s|\s-\s', v):
        ext = None
        m = re.search(r'(?i)\(?\s*(dahili|dah\.)\s*:?\s*(\d+)\s*\)?', part)
        if m:
            ext = m.group(2)
            part = part[:m.start()] + part[m.end():]
        part = re.sub(r'(?i)\b(gsm|tel|cep)\s*:', '', part).replace("(0)", "")
        d = re.sub(r'\D', '', part)
        if not d:
            continue
        if d.startswith("00"):
            d = d[2:]
        elif d.startswith("0"):
            d = "90" + d[1:]
        elif len(d) == 10:
            d = "90" + d
        out.append((d, ext))
    return out


def p_keys(v):
    return sorted(set(k for k, _ in p_parse(v)))


# ----------------------------------------------------------------------------- names
TITLE_T = {"av", "dr", "muh", "sn", "haci", "bey", "hanim", "usta"}
ORG_ABBR = {"ins": "insaat", "taah": "taahhut", "san": "sanayi", "tic": "ticaret", "ltd": "limited",
            "sti": "sirketi", "elk": "elektrik", "hird": "hirdavat", "koop": "kooperatifi", "der": "dernegi",
            "apt": "apartmani", "yon": "yonetimi", "mud": "mudurlugu", "bel": "belediyesi", "bld": "belediyesi",
            "sb": "subesi", "sit": "sitesi", "mim": "mimarlik", "malz": "malzemeleri", "tes": "tesisat", "isl": "isleri",
            "yap": "yaptirma", "yas": "yasatma", "cami": "camii", "nalburiye": "nalbur", "hz": "hazreti"}
GENERIC = {"limited", "sirketi", "anonim", "kollektif", "sanayi", "ticaret", "taahhut", "insaat", "yapi",
           "malzemeleri", "hirdavat", "nalbur", "market", "elektrik", "tesisat", "sihhi", "boya", "mimarlik",
           "emlak", "gmbh", "mmc", "bau", "tikinti", "subesi", "apartmani", "sitesi", "yonetimi", "kooperatifi",
           "konut", "dernegi", "yaptirma", "yasatma", "camii", "belediyesi", "mudurlugu", "sinirli", "sorumlu",
           "isi", "yalitim", "aluminyum", "pvc", "mermer", "seramik", "dekorasyon", "parke", "ilkokulu",
           "ortaokulu", "lisesi", "mesleki", "teknik", "imam", "hatip", "fen", "isleri"}


def org_norm(s):
    s = fold(s)
    s = re.sub(r'(?<![a-z])ltd\.?\s*sti(?![a-z])\.?', ' limited sirketi ', s)
    s = re.sub(r'(?<![a-z])koll\.?\s*sti(?![a-z])\.?', ' kollektif sirketi ', s)
    s = re.sub(r'(?<![a-z])a\.\s*s(?![a-z])\.?|(?<![a-z])as(?![a-z])', ' anonim sirketi ', s)
    s = re.sub(r'(?<![a-z])s\.\s*s\.', ' sinirli sorumlu ', s)
    out = []
    for t in re.findall(r'[a-z0-9]+', s):
        t = ORG_ABBR.get(t, t)
        if t == "ve":
            continue
        out.extend(t.split())
    return out


def org_core(s):
    return [t for t in org_norm(s) if t not in GENERIC]


def trade_part(disp):
    if not disp:
        return None
    m = re.split(r'\s[–-]\s', disp, maxsplit=1)
    return m[0] if len(m) == 2 else None


def name_core(rec):
    """first distinctive token of an organisation or sole-trader trade name"""
    if rec["companyName"]:
        c = org_core(rec["companyName"])
        return c[0] if c else None
    tp = trade_part(rec["displayName"])
    if tp:
        c = org_core(tp)
        return c[0] if c else None
    return None


def ptoks(s):
    return [t for t in toks(s) if t not in TITLE_T]


def pkey(rec):
    g, f = ptoks(rec["givenName"]), ptoks(rec["familyName"])
    if not g or not f:
        return None
    return g[0] + "|" + f[-1]


# ----------------------------------------------------------------------------- classification
def subseq(a, b):
    """a proper subsequence of b"""
    if len(a) >= len(b) or not a:
        return False
    i = 0
    for t in b:
        if i < len(a) and a[i] == t:
            i += 1
    return i == len(a)


def generic(o, n):
    if lower_tr(o) == lower_tr(n) or lower_pl(o) == lower_pl(n):
        return "case"
    if fold(o) == fold(n):
        return "mojibake" if is_moj(o) != is_moj(n) else "tr_chars"
    if toks(o) == toks(n):
        return "format"
    if dist1(fold(o), fold(n)):
        return "typo"
    return None


QUAL_RE = re.compile(r'^(.*?)( \([^()]*\)| - \d+)$')


def cls_person_field(f, o, n, O, N):
    if f == "givenName" and toks(o) != toks(n) and "".join(toks(o)) == "".join(toks(n)):
        return "joined"
    g = generic(o, n)
    if g:
        return g
    if O["givenName"] and O["familyName"] and N["givenName"] and N["familyName"]:
        if toks(O["givenName"] + " " + O["familyName"]) == toks(N["givenName"] + " " + N["familyName"]):
            return "split"
    to, tn = toks(o), toks(n)
    if f == "givenName" and "".join(to) == "".join(tn):
        return "joined"
    if [t for t in to if t not in TITLE_T] == [t for t in tn if t not in TITLE_T]:
        return "title"
    to2, tn2 = [t for t in to if t not in TITLE_T], [t for t in tn if t not in TITLE_T]
    if f == "givenName" and tn2 and to2 and tn2[0] in [fold(v) for k, v in NICK.items() if fold(k) == to2[0]]:
        return "nickname"
    if f == "familyName":
        if len(to) >= 2 and tn == to[-1:]:
            return "maiden_dropped"
        if len(tn) >= 2 and to == tn[-1:]:
            return "maiden_added"
    if subseq(tn, to):
        return "partial"
    if subseq(to, tn):
        return "extended"
    return "changed"


def cls_display(o, n, org):
    labs = []
    mo, mn = QUAL_RE.match(o), QUAL_RE.match(n)
    if mo and not mn:
        labs.append("qualifier_dropped")
        o = mo.group(1)
    elif mn and not mo:
        labs.append("qualifier_added")
        n = mn.group(1)
    if o == n:
        return labs
    if not org and toks(o) != toks(n) and "".join(toks(o)) == "".join(toks(n)):
        return labs + ["joined"]
    g = generic(o, n)
    if g:
        return labs + [g]
    if org:
        a, b = org_norm(o), org_norm(n)
        if a == b:
            return labs + ["format"]
    else:
        a, b = toks(o), toks(n)
        if a == b:
            return labs + ["format"]
        a2, b2 = [t for t in a if t not in TITLE_T], [t for t in b if t not in TITLE_T]
        if a2 == b2:
            return labs + ["title"]
        for k in range(1, len(a2)):
            if b2 == a2[k:] + a2[:k]:
                return labs + ["surname_first"]
        if "".join(a2) == "".join(b2):
            return labs + ["joined"]
        if a2 and b2 and len(a2) == len(b2) and a2[1:] == b2[1:] and b2[0] in [fold(v) for k, v in NICK.items() if fold(k) == a2[0]]:
            return labs + ["nickname"]
        a, b = a2, b2
    if subseq(b, a):
        return labs + ["partial"]
    if subseq(a, b):
        return labs + ["extended"]
    return labs + ["changed"]


def cls_company(o, n):
    g = generic(o, n)
    if g:
        return g
    a, b = org_norm(o), org_norm(n)
    if a == b:
        return "format"
    if subseq(b, a):
        return "partial"
    if subseq(a, b):
        return "extended"
    return "changed"


def cls_email(o, n):
    if o.lower() == n.lower():
        return "case"
    if dist1(o.lower(), n.lower()):
        return "typo"
    return "changed"


def cls_phone(o, n):
    po, pn = p_parse(o), p_parse(n)
    ko, kn = sorted(set(k for k, _ in po)), sorted(set(k for k, _ in pn))
    if ko == kn:
        eo, en = sorted((k, e or "") for k, e in po), sorted((k, e or "") for k, e in pn)
        return "extension" if eo != en else "format"
    if set(kn) < set(ko):
        return "partial"
    if set(ko) < set(kn):
        return "extended"
    if len(ko) == 1 and len(kn) == 1 and dist1(ko[0], kn[0]):
        return "typo"
    return "changed"


AFIELDS = ["line1", "line2", "city", "region", "country"]


def eqf(fn, a, b):
    if a is None or b is None:
        return a is None and b is None
    return fn(a) == fn(b)


def cls_addr(o, n):
    if o == n:
        return []
    ko, kn = a_key(o), a_key(n)
    if all(eqf(lower_tr, o[f], n[f]) or eqf(lower_pl, o[f], n[f]) for f in AFIELDS):
        prim = None if all(o[f] == n[f] for f in AFIELDS) else "case"
    elif all(eqf(fold, o[f], n[f]) for f in AFIELDS):
        prim = "mojibake" if any(is_moj(o[f]) != is_moj(n[f]) for f in AFIELDS) else "tr_chars"
    elif ko is not None and ko == kn:
        prim = "format"
    else:
        po, pn = a_parse(o), a_parse(n)
        if pn is None:
            prim = "partial"
        elif (po["street"], po["stype"]) == (pn["street"], pn["stype"]) and (
                (pn["no"] == "" and po["no"]) or (pn["unit"] == "" and po["unit"] and pn["no"] == po["no"]) or
                (pn["prov"] is None and po["prov"])):
            prim = "partial"
        elif (po["stype"], po["no"], po["unit"], po["prov"]) == (pn["stype"], pn["no"], pn["unit"], pn["prov"]) and dist1(po["street"], pn["street"]):
            prim = "typo"
        elif (po["no"], po["unit"], po["prov"]) == (pn["no"], pn["unit"], pn["prov"]) and po["no"] and (
                po["mah"] == pn["mah"] or "" in (po["mah"], pn["mah"])):
            prim = "street_renamed"
        else:
            prim = "moved"
    labs = [prim] if prim else []
    if prim in (None, "case", "tr_chars", "mojibake", "format") and o["postalCode"] != n["postalCode"]:
        labs.append("postcode")
    return labs


def classify(O, N, org):
    labs = []
    for f in ("displayName", "givenName", "familyName", "companyName", "email", "phone"):
        o, n = O[f], N[f]
        if o == n:
            continue
        if o is None:
            labs.append(f + ":added"); continue
        if n is None:
            labs.append(f + ":missing"); continue
        if f == "displayName":
            labs += [f + ":" + x for x in cls_display(o, n, org)]
        elif f in ("givenName", "familyName"):
            labs.append(f + ":" + cls_person_field(f, o, n, O, N))
        elif f == "companyName":
            labs.append(f + ":" + cls_company(o, n))
        elif f == "email":
            labs.append(f + ":" + cls_email(o, n))
        else:
            labs.append(f + ":" + cls_phone(o, n))
    oa, na = O["address"], N["address"]
    if oa is None and na is not None:
        labs.append("address:added")
    elif na is None and oa is not None:
        labs.append("address:missing")
    elif oa is not None:
        labs += ["address:" + x for x in cls_addr(oa, na)]
    return labs


SEVERE = {"missing", "changed", "moved", "partial"}


def profile_ok(prof, labs):
    n = len(labs)
    sev = sum(1 for l in labs if l.split(":")[1] in SEVERE)
    if prof == "light":
        return 1 <= n <= 2
    if prof == "medium":
        return 3 <= n <= 4
    return n >= 4 and sev >= 2


# ----------------------------------------------------------------------------- entity models
def seg(alts, drop=False, present=True):
    return {"alts": alts, "drop": drop, "present": present}


def seg_choice(segs):
    ch = []
    for s in segs:
        if not s["present"]:
            ch.append(None)
        else:
            ch.append(0 if R.random() < .6 else R.randrange(len(s["alts"])))
    return ch


def render_segs(segs, ch):
    return " ".join(s["alts"][c] for s, c in zip(segs, ch) if c is not None)


def surname():
    return wpick([(s, 5 if s in TOP_SURN else 1) for s in SURN])


def mk_person(gender=None, two=None, family=None, given=None, maiden_p=.3, azeri=False):
    g = gender or ('m' if R.random() < .62 else 'f')
    if azeri:
        return {"given": [pick(AZ_M if g == 'm' else AZ_F)], "family": [pick(AZ_S) + ('a' if g == 'f' else '')],
                "maiden": None, "title": None, "gender": g, "tq": None, "trade": None}
    if given:
        gv = given.split()
    elif (two if two is not None else R.random() < .18):
        gv = pick(MALE2 if g == 'm' else FEMALE2).split()
    else:
        pool = MALE if g == 'm' else FEMALE
        gv = [wpick([(x, 4 if i < 10 else 1) for i, x in enumerate(pool)])]
    fam = family or surname()
    maiden, fl = None, [fam]
    if g == 'f' and R.random() < maiden_p:
        maiden = pick([s for s in SURN if s != fam])
        if R.random() < .6:
            fl = [maiden, fam]
    return {"given": gv, "family": fl, "maiden": maiden, "title": None, "gender": g, "tq": None, "trade": None}


def gb(p):
    return "Bey" if p["gender"] == 'm' else "Hanım"


def base_view(E, show_email=True, show_phone=None, show_addr=True):
    v = {"g": None, "ps": R.randrange(9), "plab": R.random() < .15, "as": addr_style(),
         "sh_email": show_email and E["email"] is not None, "sh_addr": show_addr and E["addr"] is not None,
         "sh_phone": list(range(len(E["phones"]))) if show_phone is None else show_phone, "post": []}
    if E["p"]:
        p = E["p"]
        v.update({"given": p["given"][:], "family": p["family"][:], "title": p["title"],
                  "tig": p["title"] in PRE_TITLES and R.random() < .4, "disp": "trade" if p["trade"] else "std",
                  "tq": p["tq"]})
    else:
        o = E["o"]
        v.update({"choice": seg_choice(o["segs"]), "omode": "company", "contact": E["contact"],
                  "sh_contact": E["contact"] is not None})
    return v


def render(E, v):
    rec = {"displayName": None, "givenName": None, "familyName": None, "companyName": None,
           "email": None, "phone": None, "address": None}
    if E["p"]:
        p = E["p"]
        G = " ".join(v["given"])
        F = " ".join(v["family"]) if v["family"] else None
        t = v["title"]
        rec["givenName"] = (t + " " + G) if (t and v["tig"] and t in PRE_TITLES) else G
        rec["familyName"] = F
        name = G + (" " + F if F else "")
        d = v["disp"]
        if d == "std" or (d in ("fg",) and not F):
            disp = name
            if t in PRE_TITLES:
                disp = t + " " + disp
            elif t:
                disp = disp + " " + t
            if v["tq"]:
                disp += " (%s)" % v["tq"]
        elif d == "trade":
            disp = p["trade"] + " – " + name
        elif d == "trade_dash":
            disp = p["trade"] + " - " + name
        elif d == "tradeonly":
            disp = p["trade"]
        elif d == "fg":
            disp = upper_tr(F) + " " + G
        elif d == "sn":
            disp = "Sn. " + name
        elif d == "gt":
            disp = G + " " + gb(p)
        else:
            disp = name
        rec["displayName"] = disp
    else:
        o = E["o"]
        comp = render_segs(o["segs"], v["choice"])
        rec["companyName"] = comp
        rec["displayName"] = comp if v["omode"] == "company" else o["short"]
        if v["sh_contact"] and v["contact"]:
            c = v["contact"]
            rec["givenName"] = " ".join(c["given"])
            rec["familyName"] = " ".join(c["family"])
    if v["sh_email"]:
        rec["email"] = v.get("email_override") or E["email"]
    phs = [E["phones"][i] for i in v["sh_phone"]] + v.get("extra_phones", [])
    if v.get("phone_ext") is not None and phs:
        phs = [dict(phs[0], ext=v["phone_ext"])] + phs[1:]
    rec["phone"] = render_phones(phs, v["ps"], v["plab"]) if phs else None
    if v["sh_addr"]:
        c = v.get("addr_override") or E["addr"]
        rec["address"] = render_addr(c, v["as"])
        if not v.get("addr_override") and not v.get("no_addr_assert"):
            assert a_key(rec["address"]) == akey_c(c), (rec["address"], akey_c(c))
    for f, op in v["post"]:
        rec = post_op(rec, f, op)
    return apply_global(rec, v["g"])


def name_typo(s):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return None
    for _ in range(30):
        i = pick(idx)
        w = words[i]
        p = R.randrange(1, len(w))
        op = R.randrange(4)
        if op == 0:
            lw = w[p].islower()
            c = pick("aeiourlnmktsdy")
            nw = w[:p] + (c if lw else c.upper()) + w[p + 1:]
        elif op == 1:
            nw = w[:p] + w[p + 1:]
        elif op == 2:
            nw = w[:p] + w[p] + w[p:]
        else:
            if p + 1 >= len(w):
                continue
            nw = w[:p] + w[p + 1] + w[p] + w[p + 2:]
        ns = " ".join(words[:i] + [nw] + words[i + 1:])
        if dist1(fold(s), fold(ns)) and fold(ns) != fold(s):
            return ns
    return None


def mangle(s):
    """Turkish letters dropped or mangled"""
    r = R.random()
    if r < .6:
        return ascii_tr(s)
    out = s.replace("i", "ı") if R.random() < .5 and "i" in s else s.replace("ı", "i").replace("ş", "s")
    if out == s:
        out = ascii_tr(s)
    return out


def post_op(rec, f, op):
    rec = dict(rec)
    if f == "address":
        a = dict(rec["address"])
        if op == "tr":
            for k in ("line1", "line2", "city", "region", "country"):
                if a[k]:
                    a[k] = ascii_tr(a[k])
        elif op == "city_only":
            a["line1"] = None
            a["line2"] = None
            if not (a["city"] or a["region"]):
                a["city"] = "Ankara"
        rec["address"] = a
        return rec
    v = rec[f]
    if v is None:
        return rec
    if op == "typo":
        nv = name_typo(v)
        if nv:
            rec[f] = nv
            if f in ("companyName",) and rec["displayName"] == v:
                rec["displayName"] = nv
    elif op == "tr":
        rec[f] = mangle(v)
        if f == "companyName" and rec["displayName"] == v:
            rec["displayName"] = rec[f]
    return rec


def apply_global(rec, g):
    if not g:
        return rec
    rec = dict(rec)
    fn = {"caps_tr": upper_tr, "caps_pl": str.upper, "lower": lower_tr, "ascii": ascii_tr,
          "moj": lambda s: moj(upper_tr(s)), "moj_mixed": moj}[g]
    for f in ("displayName", "givenName", "familyName", "companyName"):
        if rec[f]:
            rec[f] = fn(rec[f])
    if rec["address"]:
        a = dict(rec["address"])
        for k in ("line1", "line2", "city", "region", "country"):
            if a[k]:
                a[k] = fn(a[k])
        rec["address"] = a
    if rec["email"] and g in ("caps_tr", "caps_pl") and R.random() < .3:
        rec["email"] = rec["email"].upper()
    return rec


# ----------------------------------------------------------------------------- entity builders
def ent(kind, p=None, o=None, contact=None, email=None, phones=None, addr=None):
    return {"id": new_id(), "kind": kind, "p": p, "o": o, "contact": contact, "email": email,
            "phones": phones or [], "addr": addr, "ev": None, "hn": None}


def person_channels(E, prov=None, email_p=.75, phone2=.1, addr=True, flat=True, country="TR"):
    p = E["p"]
    if R.random() < email_p:
        E["email"] = person_email(" ".join(p["given"]), p["family"][-1])
    if country == "TR" or country == "KKTC":
        E["phones"] = [new_phone("mobile")]
        if R.random() < phone2:
            E["phones"].append(new_phone("land", prov or "Ankara" if country == "TR" else pick(KKTC)))
    elif country == "DE":
        E["phones"] = [new_phone("mobile", cc="49")]
    else:
        E["phones"] = [new_phone("mobile", cc="994")]
    if addr:
        E["addr"] = new_addr(prov=prov if country == "TR" else None, flat=flat, country=country)
        if country == "KKTC" and E["phones"] and len(E["phones"]) == 1 and R.random() < .4:
            E["phones"].append(new_phone("land", E["addr"]["prov"]))
    return E


def mk_household(gender=None, two=None, family=None, given=None, title=None, prov=None, flat=True):
    p = mk_person(gender, two, family, given)
    if title:
        p["title"] = title
    elif R.random() < .1:
        p["title"] = pick(["Av.", "Dr.", "Müh.", "Sn.", "Hacı"] if p["gender"] == 'm' else ["Av.", "Dr.", "Müh.", "Sn."])
    E = ent("person/household", p=p)
    return person_channels(E, prov=prov, email_p=.74, flat=flat)


def mk_tradesman():
    p = mk_person(gender='m' if R.random() < .95 else 'f')
    if R.random() < .2 and p["gender"] == 'm':
        p["title"] = "Usta"
    elif R.random() < .5:
        p["tq"] = pick([t for t in TQ if t != "Usta"])
    E = ent("person/tradesman", p=p)
    return person_channels(E, email_p=.72, flat=R.random() < .5)


def trade_name(p, core=None):
    if core is None:
        core = p["family"][-1] if R.random() < .55 else pick(ABSTRACT + [a + b for a in PREF[:6] for b in SUFF[:4]])
    return core + " " + pick(TRADES)


def mk_sole(core=None, trade=None, p=None, prov=None, avoid_dist=None):
    p = p or mk_person(gender='m' if R.random() < .9 else 'f', maiden_p=0)
    p["trade"] = trade or trade_name(p, core)
    E = ent("person/sole_trader", p=p)
    person_channels(E, email_p=.88, flat=False, prov=prov)
    if avoid_dist is not None:
        E["addr"] = new_addr(prov=prov, avoid_dist=avoid_dist, flat=False)
    if R.random() < .35:
        E["phones"].append(new_phone("land", E["addr"]["prov"] if E["addr"] else "Ankara"))
    return E


def mk_abroad():
    country = wpick([("DE", 4), ("AZ", 3), ("KKTC", 4)])
    p = mk_person(azeri=(country == "AZ"))
    E = ent("person/abroad", p=p)
    person_channels(E, country=country, email_p=.85)
    if country == "DE" and E["email"] and R.random() < .5:
        E["email"] = None
        E["email"] = fresh_email([slug(p["given"][0]) + "." + slug(p["family"][-1]),
                                  slug(p["given"][0]) + slug(p["family"][-1])], lambda: pick(["gmx.de", "web.de", "t-online.de"]))
    return E


def org_email(core, kind):
    sc = slug(core)
    if kind == "con":
        r = R.random()
        if r < .55:
            return fresh_email(["info", "muhasebe", "satis", "iletisim", "bilgi", "teklif"],
                               lambda: sc + pick(["insaat", "yapi", "", "ins"]) + pick([".com.tr", ".com.tr", ".com"]))
        return fresh_email([sc + "insaat", sc + "yapi", sc + "insaat06", sc + ".insaat", sc + "ins"], lambda: wpick(MAIL_P[:4]))
    if kind == "hw":
        if R.random() < .5:
            return fresh_email(["info", "satis", "siparis"], lambda: sc + pick(["hirdavat", "yapimarket", "nalbur", ""]) + ".com.tr")
        return fresh_email([sc + "hirdavat", sc + "nalbur", sc + "yapimarket", sc + ".hirdavat"], lambda: wpick(MAIL_P[:4]))
    raise ValueError(kind)


def org_phones(prov="Ankara", mob=.4, ext=.3):
    phs = [new_phone("land", prov)]
    if R.random() < ext:
        phs[0]["ext"] = str(R.randrange(10, 400))
    if R.random() < mob:
        phs.append(new_phone("mobile"))
    return phs


def con_core(mode=None):
    r = R.random() if mode is None else mode
    if r < .5:
        return surname()
    if r < .72:
        return pick(ABSTRACT)
    if r < .82:
        return surname() + " Kardeşler"
    return pick(PREF) + pick(SUFF)


def con_segs(core, act=None, legal=None, santic=None):
    act = act or pick(CON_ACT)
    legal = legal or wpick([("ltd", 60), ("as", 25), ("koll", 5), ("tic", 10)])
    segs = [seg([core])]
    for i, a in enumerate(act):
        segs.append(seg(SEG_ALTS.get(a, [a]), drop=i > 0))
    segs.append(seg(SANTIC, drop=True, present=R.random() < .5 if santic is None else santic))
    segs.append(seg(LEGAL[legal], drop=True))
    return segs, core + " " + act[0]


def mk_org(kind, segs, short, contact=None, email=None, phones=None, addr=None, otype=None):
    E = ent(kind, o={"segs": segs, "short": short, "type": otype or kind.split("/")[1]}, contact=contact,
            email=email, phones=phones, addr=addr)
    return E


def mk_contact():
    return mk_person(maiden_p=.1)


def mk_construction(core=None, prov=None):
    core = core or con_core()
    segs, short = con_segs(core)
    p = prov or pick_prov()
    return mk_org("org/construction", segs, short, contact=mk_contact() if R.random() < .6 else None,
                  email=org_email(core, "con"), phones=org_phones(p),
                  addr=new_addr(prov=p, osb=R.random() < .15, flat=R.random() < .55))


def mk_group(core=None, prov=None):
    core = core or (pick(ABSTRACT) if R.random() < .5 else surname())
    p = prov or "Ankara"
    addr = new_addr(prov=p, flat=True)
    email = fresh_email(["muhasebe"], lambda: slug(core) + pick(["grup", "holding", "grubu"]) + ".com.tr")
    h = mk_org("org/holding", [seg([core]), seg(["Holding"]), seg(LEGAL["as"], drop=True)], core + " Holding",
               contact=mk_contact() if R.random() < .5 else None, email=email, phones=org_phones(p, mob=.1), addr=addr)
    segs, short = con_segs(core, act=pick([["İnşaat", "Taahhüt"], ["İnşaat"], ["Yapı", "İnşaat"]]), legal="ltd")
    c = mk_org("org/group_company", segs, short, contact=mk_contact() if R.random() < .5 else None, email=email,
               phones=org_phones(p, mob=.2), addr=dict(addr))
    return h, c


def mk_hardware(core=None, branch=None, prov=None, dist=None, act=None, legal=None):
    core = core or con_core()
    act = act or pick(HW_ACT)
    segs = [seg([core])] + [seg(SEG_ALTS.get(a, [a]), drop=i > 0) for i, a in enumerate(act)]
    segs.append(seg(LEGAL[legal or pick(["ltd", "ltd", "tic"])], drop=True, present=R.random() < .85))
    p = prov or pick_prov()
    if branch:
        segs.append(seg([branch + " Şubesi", branch + " Şb."]))
        email = fresh_email([slug(branch)], lambda: slug(core) + pick(["hirdavat", "yapi"]) + ".com.tr")
    else:
        email = org_email(core, "hw")
    d = dist
    return mk_org("org/hardware_shop", segs, core + " " + act[0], contact=mk_contact() if R.random() < .5 else None,
                  email=email, phones=org_phones(p, mob=.45), addr=new_addr(prov=p, dist=d, flat=False, osb=R.random() < .2))


def mk_municipality(dist, prov, dept=None, addr=None):
    segs = [seg([dist]), seg(["Belediyesi", "Bld.", "Bel."])]
    if dept:
        dn, ds = dept
        alts = [dn, dn.replace("İşleri", "İşl.")] if "İşleri" in dn else [dn]
        segs += [seg(alts), seg(["Müdürlüğü", "Müd."])]
        email = fresh_email([ds], lambda: slug(dist) + ".bel.tr", far=False)
        kind = "org/municipal_department"
    else:
        email = fresh_email(["info", "bilgi", "iletisim"], lambda: slug(dist) + ".bel.tr", far=False)
        kind = "org/municipality"
    addr = addr or new_addr(prov=prov, dist=dist, flat=False)
    return mk_org(kind, segs, render_segs(segs, [0] * len(segs)), contact=mk_contact() if dept and R.random() < .6 else None,
                  email=email, phones=org_phones(prov, mob=.15, ext=.6), addr=addr)


def apt_segs(name):
    if R.random() < .65:
        return [seg([name]), seg(["Apartmanı", "Apt."]), seg(["Yönetimi", "Yön."])]
    return [seg([name]), seg(["Sitesi", "Sit."]), seg(["Yönetimi", "Yön."])]


def mk_apartment(name, manager=None, addr=None, email=None):
    mg = manager or mk_person(maiden_p=.2)
    segs = apt_segs(name)
    addr = addr or new_addr(flat=True)
    if email is None:
        if R.random() < .7:
            email = person_email(" ".join(mg["given"]), mg["family"][-1])
        else:
            email = fresh_email([slug(name) + "apt", slug(name) + "sitesi", slug(name) + "yonetim"], lambda: wpick(MAIL_P[:3]))
    return mk_org("org/apartment_management", segs, render_segs(segs, [0] * len(segs)), contact=mg, email=email,
                  phones=[new_phone("mobile")], addr=addr)


def mk_school(name, typ):
    p = pick_prov()
    segs = [seg([name]), seg([typ]), seg(["Müdürlüğü", "Müd."], drop=True, present=R.random() < .4)]
    email = fresh_email([str(R.randrange(700000, 999999))], lambda: "meb.k12.tr")
    return mk_org("org/school", segs, name + " " + typ, contact=mk_contact() if R.random() < .5 else None, email=email,
                  phones=org_phones(p, mob=0, ext=.2), addr=new_addr(prov=p, flat=False))


def mk_mosque(name):
    segs = [seg([name]), seg(["Camii", "Cami"]), seg(["Yaptırma ve Yaşatma", "Yap. ve Yaş."], drop=True),
            seg(["Derneği", "Der."])]
    email = fresh_email([slug(name) + "camii", slug(name) + "camiidernegi", slug(name) + ".camii"], lambda: wpick(MAIL_P[:2]))
    return mk_org("org/mosque_association", segs, name + " Camii Derneği", contact=mk_contact(),
                  email=email, phones=[new_phone("mobile")], addr=new_addr(flat=False))


def mk_coop(name, addr=None):
    segs = [seg(["S.S."], drop=True, present=R.random() < .5), seg([name]), seg(["Konut Yapı"]),
            seg(["Kooperatifi", "Koop."])]
    email = fresh_email([slug(name) + "koop", slug(name) + "kooperatifi", slug(name) + ".koop"], lambda: wpick(MAIL_P[:3]))
    return mk_org("org/cooperative", segs, name + " Konut Yapı Kooperatifi", contact=mk_contact(), email=email,
                  phones=org_phones("Ankara", mob=.6, ext=.1), addr=addr or new_addr(prov="Ankara", flat=True))


def mk_foreign(core=None):
    country = wpick([("DE", 4), ("AZ", 3), ("KKTC", 4)])
    core = core or (surname() if country != "AZ" else pick(ABSTRACT))
    if country == "DE":
        w = pick(["Bau", "Bauunternehmen", "Trockenbau", "Fliesen"])
        segs = [seg([core]), seg([w]), seg(["GmbH", "GMBH"])]
        email = fresh_email(["info", "buero", "kontakt"], lambda: slug(core) + "-" + slug(w) + ".de")
        phones = [new_phone("land", pick(["221", "203", "30"]), cc="49")]
        short = core + " " + w
    elif country == "AZ":
        segs = [seg([core]), seg(["Tikinti"]), seg(["MMC", "MMC."])]
        email = fresh_email([slug(core) + "tikinti", "office." + slug(core)], lambda: pick(["mail.ru", "gmail.com", "box.az"]))
        phones = [new_phone("mobile", cc="994")]
        short = core + " Tikinti"
    else:
        segs = [seg([core]), seg(["İnşaat", "İnş."]), seg(["Ltd.", "Limited"], drop=True)]
        email = fresh_email([slug(core) + "insaat", slug(core) + ".ltd"], lambda: wpick(MAIL_P[:3]))
        phones = [new_phone("land", "Lefkoşa"), new_phone("mobile")]
        short = core + " İnşaat"
    return mk_org("org/foreign_company", segs, short, contact=mk_contact() if country != "AZ" else mk_person(azeri=True),
                  email=email, phones=phones, addr=new_addr(country=country))


# ----------------------------------------------------------------------------- existing composition
HN_TYPES = ["father_son", "namesake", "holding_company", "municipality_department", "apartment_manager",
            "chain_branch", "spouses", "same_building", "trade_namesake", "coop_building"]
BRANCHES = ["Ostim", "Siteler", "İvedik", "Sincan", "Keçiören", "Etimesgut", "Mamak", "Polatlı", "Gölbaşı", "Çubuk",
            "Bornova", "Çiğli", "Buca", "Torbalı", "Pursaklar", "Eryaman", "Batıkent", "Dikmen", "Kazan", "Akyurt"]


def build_existing():
    ents = []
    anchors = {t: [] for t in HN_TYPES}
    # --- persons
    for i in range(15):
        E = mk_household(gender='m', two=False, title="Hacı", flat=True)
        anchors["father_son"].append(E); ents.append(E)
    for i in range(15):
        E = mk_household(two=False, given=pick(MALE[:12] + FEMALE[:8]), family=pick(TOP_SURN))
        E["p"]["title"] = None
        anchors["namesake"].append(E); ents.append(E)
    for i in range(15):
        E = mk_household(two=R.random() < .2, flat=True)
        anchors["spouses"].append(E); ents.append(E)
    for i in range(15):
        E = mk_household(flat=True)
        anchors["same_building"].append(E); ents.append(E)
    n_hh = 60
    for i in range(6):      # namesake pairs inside the customer list
        a = mk_household(two=False, given=pick(MALE[:15]), family=pick(TOP_SURN))
        a["p"]["title"] = None
        b = mk_household(two=False, given=a["p"]["given"][0], family=a["p"]["family"][-1], gender=a["p"]["gender"])
        b["p"]["family"] = a["p"]["family"][:]; b["p"]["title"] = None
        ents += [a, b]; n_hh += 2
    for i in range(8):      # married couples, both customers
        a = mk_household(gender='m', flat=True)
        w = mk_person(gender='f', family=a["p"]["family"][-1])
        b = ent("person/household", p=w)
        person_channels(b, addr=False)
        b["addr"] = dict(a["addr"])
        ents += [a, b]; n_hh += 2
    for i in range(4):      # father and son
        a = mk_household(gender='m', two=False, title="Hacı", flat=True)
        s = mk_person(gender='m', given=a["p"]["given"][0] + " " + pick(SECOND), family=a["p"]["family"][-1])
        b = ent("person/household", p=s)
        person_channels(b, addr=False)
        b["addr"] = dict(a["addr"])
        ents += [a, b]; n_hh += 2
    for i in range(4):      # relatives in one building
        a = mk_household(flat=True)
        s = mk_person(family=a["p"]["family"][-1])
        b = ent("person/household", p=s)
        person_channels(b, addr=False)
        b["addr"] = other_flat(a["addr"])
        ents += [a, b]; n_hh += 2
    while n_hh < 360:
        ents.append(mk_household(flat=R.random() < .8)); n_hh += 1
    for i in range(120):
        ents.append(mk_tradesman())
    for i in range(15):
        E = mk_sole()
        anchors["trade_namesake"].append(E); ents.append(E)
    for i in range(5):
        a = mk_sole()
        b = mk_sole(trade=a["p"]["trade"], p=mk_person(gender='m', family=a["p"]["family"][-1], maiden_p=0),
                    prov=a["addr"]["prov"], avoid_dist=a["addr"]["dist"])
        ents += [a, b]
    for i in range(220 - 25):
        ents.append(mk_sole())
    for i in range(50):
        ents.append(mk_abroad())
    # --- organisations
    for i in range(276):
        ents.append(mk_construction())
    for i in range(12):
        h, c = mk_group()
        ents += [h, c]
    for i in range(15):
        h, c = mk_group()
        E = h if i < 8 else c
        E["sibling"] = c if i < 8 else h
        anchors["holding_company"].append(E); ents.append(E)
    chains = []
    for i in range(15):
        core = pick(ABSTRACT) if R.random() < .6 else surname()
        act = pick(HW_ACT[:5])
        legal = "ltd"
        brs = R.sample(BRANCHES, 3 if i >= 12 else 2)
        for b in brs:
            E = mk_hardware(core=core, branch=b, act=act, legal=legal, prov="Ankara")
            E["chain"] = (core, act, legal, brs)
            chains.append(E); ents.append(E)
    anchors["chain_branch"] = R.sample(chains, 15)
    for i in range(130 - len(chains)):
        ents.append(mk_hardware())
    dists = R.sample(DIST["Ankara"], 18) + R.sample(DIST["İzmir"], 14)
    munis = []
    for d in dists:
        prov = "Ankara" if d in DIST["Ankara"] else "İzmir"
        E = mk_municipality(d, prov)
        E["muni"] = (d, prov, [])
        munis.append(E); ents.append(E)
    deps = []
    for M in munis[:9]:
        d, prov, used = M["muni"]
        for dept in R.sample(DEPTS, 2):
            D = mk_municipality(d, prov, dept=dept, addr=dict(M["addr"]) if R.random() < .5 else None)
            D["muni"] = (d, prov, used)
            used.append(dept[0])
            deps.append(D); ents.append(D)
    anchors["municipality_department"] = R.sample(deps, 5) + R.sample(munis, 10)
    apt_names = R.sample(APT, len(APT))
    ai = 0
    for i in range(15):
        E = mk_apartment(apt_names[ai]); ai += 1
        anchors["apartment_manager"].append(E); ents.append(E)
    for i in range(6):
        a = mk_apartment(apt_names[ai]); ai += 1
        b = mk_apartment(apt_names[ai], manager=a["contact"], addr=dict(a["addr"]), email=a["email"]); ai += 1
        ents += [a, b]
    while ai < 95:
        ents.append(mk_apartment(apt_names[ai])); ai += 1
    schools = R.sample([(n, t) for n in SCHOOL_N for t in SCHOOL_T], 35)
    for n, t in schools:
        ents.append(mk_school(n, t))
    for n in R.sample(MOSQ, 30):
        ents.append(mk_mosque(n))
    cnames = R.sample(COOP, len(COOP))
    ci = 0
    for i in range(15):
        E = mk_coop(cnames[ci]); ci += 1
        anchors["coop_building"].append(E); ents.append(E)
    for i in range(5):
        a = mk_coop(cnames[ci]); ci += 1
        b = mk_coop(cnames[ci], addr=dict(a["addr"])); ci += 1
        ents += [a, b]
    while ci < 55:
        ents.append(mk_coop(cnames[ci])); ci += 1
    for i in range(40):
        ents.append(mk_foreign())
    assert len(ents) == 1500, len(ents)
    for t in HN_TYPES:
        assert len(anchors[t]) == 15, t
        for E in anchors[t]:
            E["hn"] = t
    extra = [a + b for a in PREF for b in SUFF]
    R.shuffle(extra)
    return ents, anchors, apt_names[ai:] + extra[:60], cnames[ci:] + [x + " Evleri" for x in extra[60:90]]


def other_flat(c):
    for _ in range(200):
        n = dict(c)
        n["daire"] = str(R.randrange(1, 30))
        n["kat"] = str(R.randrange(1, 9))
        k = akey_c(n)
        if k not in ADDR_USED:
            ADDR_USED[k] = 1
            return n
    raise RuntimeError("flat")


NEEDS_ADDR = {"father_son", "holding_company", "apartment_manager", "spouses", "same_building", "trade_namesake",
              "coop_building", "chain_branch", "namesake"}


def existing_view(E):
    v = base_view(E)
    if E["p"]:
        pe = {"person/household": .0, "person/tradesman": .0, "person/sole_trader": .0, "person/abroad": .0}
    hide_email = R.random() < (.02 if E["p"] else .05)
    if hide_email:
        v["sh_email"] = False
    if R.random() < .10:
        v["sh_phone"] = []
    elif len(E["phones"]) > 1 and R.random() < .3:
        v["sh_phone"] = [0]
    if R.random() < (.16 if E["p"] else .12):
        v["sh_addr"] = False
    if E["o"] and E["contact"] and R.random() < .3:
        v["sh_contact"] = False
    if E["hn"]:
        t = E["hn"]
        if t in NEEDS_ADDR:
            v["sh_addr"] = True
        if t in ("holding_company", "apartment_manager"):
            v["sh_email"] = True
            v["sh_contact"] = True
        if not v["sh_phone"]:
            v["sh_phone"] = [0]
    if not (v["sh_email"] or v["sh_phone"] or v["sh_addr"]):
        if E["phones"]:
            v["sh_phone"] = [0]
        else:
            v["sh_addr"] = True
    if E["o"] and v["sh_contact"] and R.random() < .0:
        pass
    if E["o"] and R.random() < .08 and E["o"]["type"] in ("construction", "hardware_shop"):
        v["omode"] = "short"
    r = R.random()
    v["g"] = None
    if r < .04:
        v["g"] = "caps_tr"
    elif r < .07:
        v["g"] = "caps_pl"
    elif r < .10:
        v["g"] = "ascii"
    elif r < .11:
        v["g"] = "lower"
    elif r < .117:
        v["g"] = "moj"
    return v


# ----------------------------------------------------------------------------- hard negatives
RULES = {
    "father_son": "father and son at one address: the customer is 'Hacı' with one given name; the incoming person has no 'Hacı', a second given name of his own, another mobile and no shared mailbox",
    "namesake": "same common name but no shared contact channel: other street/district, other phone, other e-mail",
    "holding_company": "holding and its construction company are separate legal entities at one office with one muhasebe@ mailbox: different company name and legal form, own phone",
    "municipality_department": "a municipality and its directorate (Müdürlüğü), or two directorates, are separate accounts: different department name, own phone and mailbox",
    "apartment_manager": "one manager runs two apartment managements from his flat and mailbox: different apartment/site name, other phone",
    "chain_branch": "another branch (Şubesi) of the same hardware chain: other branch name, address in another district, own phone and mailbox",
    "spouses": "husband and wife at one flat: other given name (another person), own phone and e-mail",
    "same_building": "relatives in the same building: same street and number but another flat (daire) and another given name, own phone",
    "trade_namesake": "two sole traders with the same trade name: other owner, other town, other phone",
    "coop_building": "two housing cooperatives sharing one office: different cooperative name, own phone and mailbox",
}


def diff_given(p, gender, family, maiden_p=.3):
    for _ in range(100):
        q = mk_person(gender=gender, family=family, maiden_p=maiden_p)
        if toks(q["given"][0])[0] != toks(p["given"][0])[0] and not dist1(fold(q["given"][0]), fold(p["given"][0])):
            return q
    raise RuntimeError("given")


def build_hn(A, spare_apt, spare_coop):
    t = A["hn"]
    if t == "father_son":
        p = mk_person(gender='m', given=A["p"]["given"][0] + " " + pick(SECOND), family=A["p"]["family"][-1])
        H = ent("person/household", p=p)
        person_channels(H, addr=False, email_p=.75)
        H["addr"] = dict(A["addr"])
    elif t == "namesake":
        p = dict(A["p"], title=None, given=A["p"]["given"][:], family=A["p"]["family"][:])
        H = ent(A["kind"], p=p)
        person_channels(H, addr=False, email_p=.6)
        H["addr"] = new_addr(prov=A["addr"]["prov"] if R.random() < .8 else None, avoid_dist=A["addr"]["dist"])
    elif t == "holding_company":
        H = A["sibling"]
    elif t == "municipality_department":
        d, prov, used = A["muni"]
        dept = pick([x for x in DEPTS if x[0] not in used])
        used.append(dept[0])
        H = mk_municipality(d, prov, dept=dept, addr=dict(A["addr"]) if R.random() < .5 else None)
    elif t == "apartment_manager":
        H = mk_apartment(spare_apt.pop(0), manager=A["contact"], addr=dict(A["addr"]), email=A["email"])
    elif t == "chain_branch":
        core, act, legal, brs = A["chain"]
        b = pick([x for x in BRANCHES if x not in brs])
        brs.append(b)
        d = pick([x for x in DIST["Ankara"] if x != A["addr"]["dist"]])
        H = mk_hardware(core=core, branch=b, act=act, legal=legal, prov="Ankara", dist=d)
    elif t == "spouses":
        fam = A["p"]["family"][-1]
        p = diff_given(A["p"], 'f' if A["p"]["gender"] == 'm' else 'm', fam, maiden_p=.6)
        H = ent("person/household", p=p)
        person_channels(H, addr=False, email_p=.6)
        H["addr"] = dict(A["addr"])
    elif t == "same_building":
        p = diff_given(A["p"], None, A["p"]["family"][-1], maiden_p=0)
        H = ent("person/household", p=p)
        person_channels(H, addr=False, email_p=.6)
        H["addr"] = other_flat(A["addr"])
    elif t == "trade_namesake":
        owner = diff_given(A["p"], 'm', A["p"]["family"][-1], maiden_p=0)
        H = mk_sole(trade=A["p"]["trade"], p=owner, prov=A["addr"]["prov"] if R.random() < .6 else None,
                    avoid_dist=A["addr"]["dist"])
    else:
        H = mk_coop(spare_coop.pop(0), addr=dict(A["addr"]))
    v = base_view(H)
    v["sh_addr"] = H["addr"] is not None
    v["sh_email"] = H["email"] is not None
    if not v["sh_phone"]:
        v["sh_phone"] = [0]
    if t in ("holding_company", "apartment_manager") and H["o"]:
        v["sh_contact"] = H["contact"] is not None
    r = R.random()
    v["g"] = "lower" if r < .05 else ("caps_tr" if r < .09 else None)
    return H, v


def shared_of(A, H):
    out = []
    na, nh = name_core(A), name_core(H)
    if na and na == nh:
        out.append("name_core")
    ga, gh = ptoks(A["givenName"]), ptoks(H["givenName"])
    if ga and gh and ga[0] == gh[0]:
        out.append("givenName")
    fa, fh = ptoks(A["familyName"]), ptoks(H["familyName"])
    if fa and fh and fa[-1] == fh[-1]:
        out.append("familyName")
    if A["email"] and H["email"] and A["email"].lower() == H["email"].lower():
        out.append("email")
    ka, kh = a_key(A["address"]), a_key(H["address"])
    if ka and ka == kh:
        out.append("address")
    elif ka and kh and ka.split("|")[:3] + ka.split("|")[4:] == kh.split("|")[:3] + kh.split("|")[4:]:
        out.append("building")
    return out


# ----------------------------------------------------------------------------- variants (matches, repeats)
KEYMAP = {}


def keymap_add(E):
    ks = []
    if E["email"]:
        ks.append(E["email"].lower())
    ks += [p["cc"] + p["nat"] for p in E["phones"]]
    if E["addr"]:
        ks.append(akey_c(E["addr"]))
    for k in ks:
        lst = KEYMAP.setdefault(k, [])
        if E["id"] not in lst:
            lst.append(E["id"])


def uniq(k, eid):
    return KEYMAP.get(k, [eid]) == [eid]


def gen_evidence(O, N, eid):
    ev = []
    if O["email"] and N["email"]:
        a, b = O["email"].lower(), N["email"].lower()
        if (a == b or dist1(a, b)) and uniq(a, eid) and uniq(b, eid):
            ev.append("email")
    ko, kn = p_keys(O["phone"]), p_keys(N["phone"])
    if any(k in kn and uniq(k, eid) for k in ko):
        ev.append("phone")
    ka, kb = a_key(O["address"]), a_key(N["address"])
    if ka and ka == kb and uniq(ka, eid):
        ev.append("address")
    return ev


def email_typo(e):
    loc, dom = e.split("@")
    for _ in range(50):
        r = R.random()
        if r < .7:
            s = loc
        else:
            s = dom
        p = R.randrange(1, len(s))
        op = R.randrange(3)
        if op == 0:
            ns = s[:p] + s[p + 1:]
        elif op == 1 and p + 1 < len(s):
            ns = s[:p] + s[p + 1] + s[p] + s[p + 2:]
        else:
            ns = s[:p] + s[p] + s[p:]
        ne = (ns + "@" + dom) if r < .7 else (loc + "@" + ns)
        if ne != e and dist1(e, ne) and ne not in EMAIL_USED and "@" in ne and ns:
            EMAIL_USED[ne] = 1
            return ne
    return None


def phone_typo(ph):
    for _ in range(50):
        nat = ph["nat"]
        p = R.randrange(len(nat) - 7, len(nat))
        d = str((int(nat[p]) + R.randrange(1, 10)) % 10)
        n2 = nat[:p] + d + nat[p + 1:]
        if ph["cc"] + n2 not in PHONE_USED:
            PHONE_USED[ph["cc"] + n2] = 1
            return dict(ph, nat=n2)
    return None


def is_land(ph):
    return not (ph["cc"] == "90" and ph["nat"][0] == "5") and not (ph["cc"] == "49" and ph["nat"][0] == "1")


def entity_email_like(E):
    if E["p"]:
        return person_email(" ".join(E["p"]["given"]), E["p"]["family"][-1])
    if E["contact"] and R.random() < .5:
        return person_email(" ".join(E["contact"]["given"]), E["contact"]["family"][-1])
    core = slug(E["o"]["segs"][0]["alts"][0]) or "firma"
    return fresh_email([core + "06", core + ".muhasebe", core + "ofis", core + "34"], lambda: wpick(MAIL_P[:4]))


def op_apply(E, v, op, keep):
    """returns True when the op was applicable and applied"""
    c = E["addr"]
    p = E["p"]
    if op == "e_case":
        if not v["sh_email"] or v.get("email_override"):
            return False
        e = E["email"]
        v["email_override"] = e.upper() if R.random() < .3 else e[0].upper() + e[1:e.index("@") + 1] + e[e.index("@") + 1].upper() + e[e.index("@") + 2:]
        return v["email_override"] != e
    if op == "e_typo":
        if not v["sh_email"] or v.get("email_override"):
            return False
        t = email_typo(E["email"])
        if not t:
            return False
        v["email_override"] = t
        return True
    if op == "e_change":
        if not v["sh_email"] or keep == "email" or v.get("email_override"):
            return False
        v["email_override"] = entity_email_like(E)
        return True
    if op == "e_missing":
        if not v["sh_email"] or keep == "email":
            return False
        v["sh_email"] = False
        return True
    if op == "e_added":
        if v["sh_email"]:
            return False
        v["sh_email"] = True
        if not E["email"]:
            v["email_override"] = entity_email_like(E)
        return True
    if op == "ph_format":
        if not v["sh_phone"]:
            return False
        v["ps"] = (v["ps"] + R.randrange(1, 9)) % 9
        if R.random() < .3:
            v["plab"] = not v["plab"]
        return True
    if op == "ph_ext":
        if not v["sh_phone"] or not is_land(E["phones"][v["sh_phone"][0]]):
            return False
        cur = E["phones"][v["sh_phone"][0]]["ext"]
        v["phone_ext"] = None if cur else str(R.randrange(10, 400))
        if cur and R.random() < .5:
            v["phone_ext"] = str(int(cur) + R.randrange(1, 20))
        return True
    if op == "ph_partial":
        if len(v["sh_phone"]) < 2:
            return False
        v["sh_phone"] = [pick(v["sh_phone"])]
        return True
    if op == "ph_extend":
        if not v["sh_phone"] or v.get("extra_phones"):
            return False
        v["extra_phones"] = [new_phone("mobile")]
        return True
    if op == "ph_typo":
        if len(v["sh_phone"]) != 1 or keep == "phone" or v.get("extra_phones"):
            return False
        t = phone_typo(E["phones"][v["sh_phone"][0]])
        if not t:
            return False
        v["sh_phone"], v["extra_phones"] = [], [t]
        return True
    if op == "ph_change":
        if not v["sh_phone"] or keep == "phone" or v.get("extra_phones"):
            return False
        ph = E["phones"][0]
        v["sh_phone"], v["extra_phones"] = [], [new_phone("mobile", cc=ph["cc"]) if ph["cc"] != "49" else new_phone("mobile", cc="49")]
        return True
    if op == "ph_missing":
        if not v["sh_phone"] or keep == "phone":
            return False
        v["sh_phone"] = []
        v["extra_phones"] = []
        return True
    if op == "ph_added":
        if v["sh_phone"] or not E["phones"] or v.get("extra_phones"):
            return False
        v["sh_phone"] = [0]
        return True
    if op in ("a_format", "a_postcode", "a_tr", "a_partial", "a_typo", "a_rename", "a_move", "a_missing"):
        if not v["sh_addr"] or v.get("addr_override") or v.get("addr_done"):
            return False
        if op in ("a_partial", "a_typo", "a_rename", "a_move", "a_missing") and keep == "address":
            return False
        v["addr_done"] = True
        if op == "a_format":
            old = v["as"]
            v["as"] = addr_style()
            v["as"]["pc"] = old["pc"] if R.random() < .7 else v["as"]["pc"]
            return True
        if op == "a_postcode":
            if c["country"] != "TR":
                return False
            v["as"] = dict(v["as"], pc={0: pick([1, 2]), 1: 0, 2: 0}[v["as"]["pc"]])
            return True
        if op == "a_tr":
            v["post"].append(("address", "tr"))
            return True
        if op == "a_partial":
            if c["daire"] and R.random() < .6 and akey_c(dict(c, daire=None)) not in ADDR_USED:
                ADDR_USED[akey_c(dict(c, daire=None))] = 1
                v["addr_override"] = dict(c, daire=None, kat=None)
                s = dict(v["as"])
                s["num"] = s["num"] % 4 if s["num"] % 4 not in (3,) else 0
                v["as"] = s
            else:
                v["post"].append(("address", "city_only"))
            return True
        if op == "a_typo":
            if c["num"] or c["country"] != "TR":
                return False
            for _ in range(20):
                st = name_typo(c["street"])
                if st:
                    n = dict(c, street=st)
                    if akey_c(n) not in ADDR_USED:
                        ADDR_USED[akey_c(n)] = 1
                        v["addr_override"] = n
                        return True
            return False
        if op == "a_rename":
            if c["num"] or c["country"] != "TR" or c["stype"] == "sok":
                return False
            n = dict(c, street=pick([x for x in RENAMED if x != c["street"]]))
            if akey_c(n) in ADDR_USED:
                return False
            ADDR_USED[akey_c(n)] = 1
            v["addr_override"] = n
            return True
        if op == "a_move":
            if c["country"] == "TR":
                v["addr_override"] = new_addr(prov=c["prov"] if R.random() < .85 else None, flat=c["daire"] is not None)
            else:
                v["addr_override"] = new_addr(country=c["country"])
            v["as"] = addr_style()
            return True
        v["sh_addr"] = False
        return True
    if op == "a_added":
        if v["sh_addr"] or not c:
            return False
        v["sh_addr"] = True
        return True
    if op in ("g_caps", "g_lower", "g_ascii", "g_moj"):
        if v["g"]:
            return False
        v["g"] = {"g_caps": pick(["caps_tr", "caps_pl"]), "g_lower": "lower", "g_ascii": "ascii",
                  "g_moj": pick(["moj", "moj_mixed"])}[op]
        return True
    if p:
        if op == "p_drop2":
            if len(v["given"]) < 2:
                return False
            v["given"] = [v["given"][0]] if R.random() < .7 else [v["given"][1]]
            return True
        if op == "p_join":
            if len(v["given"]) != 2:
                return False
            v["given"] = [v["given"][0] + lower_tr(v["given"][1])]
            return True
        if op == "p_split":
            if len(v["given"]) != 2 or not v["family"]:
                return False
            v["family"] = [v["given"][1]] + v["family"]
            v["given"] = [v["given"][0]]
            return True
        if op == "p_nick":
            if v["given"][0] not in NICK:
                return False
            v["given"] = [NICK[v["given"][0]]]
            return True
        if op == "p_maiden_drop":
            if not v["family"] or len(v["family"]) < 2:
                return False
            v["family"] = v["family"][-1:]
            return True
        if op == "p_maiden_add":
            if not p["maiden"] or not v["family"] or len(v["family"]) != 1:
                return False
            v["family"] = [p["maiden"]] + v["family"]
            return True
        if op == "p_title_drop":
            if not v["title"]:
                return False
            v["title"] = None
            return True
        if op == "p_title_add":
            if v["title"] or v["disp"] not in ("std",):
                return False
            v["title"] = pick(["Sn.", gb(p), gb(p)]) if p["gender"] else "Sn."
            v["tig"] = False
            return True
        if op == "p_disp_fg":
            if v["disp"] != "std" or not v["family"] or v["title"] or p["trade"]:
                return False
            v["disp"] = "fg"
            return True
        if op == "p_fam_missing":
            if not v["family"] or v["disp"] != "std":
                return False
            v["family"] = None
            v["disp"] = "gt"
            v["title"] = None
            return True
        if op == "p_sole_name":
            if v["disp"] != "trade":
                return False
            v["disp"] = pick(["std", "tradeonly", "trade_dash"])
            return True
        if op in ("p_typo_given", "p_typo_family", "p_tr_given", "p_tr_family"):
            f = "givenName" if op.endswith("given") else "familyName"
            if f == "familyName" and not v["family"]:
                return False
            kind = "typo" if "typo" in op else "tr"
            if kind == "tr" and fold(" ".join(v["given"] if f == "givenName" else v["family"])) == " ".join(v["given"] if f == "givenName" else v["family"]).lower():
                return False
            v["post"].append((f, kind))
            return True
        return False
    # organisations
    o = E["o"]
    if op == "o_restyle":
        ch = []
        for s, cur in zip(o["segs"], v["choice"]):
            ch.append(None if cur is None else R.randrange(len(s["alts"])))
        if ch == v["choice"]:
            return False
        v["choice"] = ch
        return True
    if op == "o_drop":
        idx = [i for i, (s, cur) in enumerate(zip(o["segs"], v["choice"])) if s["drop"] and cur is not None]
        if not idx:
            return False
        v["choice"] = list(v["choice"])
        v["choice"][pick(idx)] = None
        return True
    if op == "o_add":
        idx = [i for i, (s, cur) in enumerate(zip(o["segs"], v["choice"])) if cur is None]
        if not idx:
            return False
        v["choice"] = list(v["choice"])
        i = pick(idx)
        v["choice"][i] = R.randrange(len(o["segs"][i]["alts"]))
        return True
    if op == "o_short":
        if v["omode"] == "short" or o["type"] not in ("construction", "hardware_shop", "group_company", "foreign_company"):
            return False
        v["omode"] = "short"
        return True
    if op in ("o_typo", "o_tr"):
        v["post"].append(("companyName", "typo" if op == "o_typo" else "tr"))
        return True
    if op == "o_contact_change":
        if not (v["sh_contact"] and v["contact"]):
            return False
        v["contact"] = diff_given(v["contact"], None, None, maiden_p=0)
        return True
    if op == "o_contact_missing":
        if not (v["sh_contact"] and v["contact"]):
            return False
        v["sh_contact"] = False
        return True
    if op == "o_contact_added":
        if v["sh_contact"] and v["contact"]:
            return False
        v["sh_contact"] = True
        if not v["contact"]:
            v["contact"] = mk_contact()
        return True
    if op in ("o_contact_typo", "o_contact_tr"):
        if not (v["sh_contact"] and v["contact"]):
            return False
        v["post"].append((pick(["givenName", "familyName"]), "typo" if op.endswith("typo") else "tr"))
        return True
    return False


MILD_P = [("p_typo_given", 4), ("p_typo_family", 5), ("p_tr_given", 3), ("p_tr_family", 5), ("p_join", 3),
          ("p_split", 2), ("p_nick", 8), ("p_maiden_drop", 6), ("p_maiden_add", 3), ("p_title_drop", 3),
          ("p_title_add", 3), ("p_disp_fg", 3)]
MILD_O = [("o_restyle", 10), ("o_typo", 3), ("o_tr", 4), ("o_add", 2), ("o_contact_added", 2), ("o_contact_typo", 2),
          ("o_contact_tr", 1)]
MILD_C = [("e_case", 3), ("e_typo", 3), ("e_added", 3), ("ph_format", 9), ("ph_ext", 3), ("ph_extend", 2),
          ("ph_typo", 1), ("ph_added", 2), ("a_format", 9), ("a_postcode", 4), ("a_tr", 2), ("a_typo", 2), ("a_rename", 1),
          ("a_added", 2), ("g_caps", 2), ("g_lower", 2), ("g_ascii", 2), ("g_moj", .3)]
SEV_P = [("p_drop2", 4), ("p_fam_missing", 3), ("p_sole_name", 4)]
SEV_O = [("o_drop", 6), ("o_short", 4), ("o_contact_change", 3), ("o_contact_missing", 3)]
SEV_C = [("e_change", 4), ("e_missing", 4), ("ph_change", 4), ("ph_missing", 4), ("ph_partial", 2), ("a_move", 4),
         ("a_missing", 4), ("a_partial", 3)]


def choose_ops(E, prof):
    mild = (MILD_P if E["p"] else MILD_O) + MILD_C
    sev = (SEV_P if E["p"] else SEV_O) + SEV_C
    if prof == "light":
        return [wpick(mild) for _ in range(1 if R.random() < .6 else 2)]
    if prof == "medium":
        ops = [wpick(mild) for _ in range(R.randrange(2, 4))]
        if R.random() < .4:
            ops.append(wpick(sev))
        return ops
    return [wpick(sev) for _ in range(R.randrange(2, 4))] + [wpick(mild) for _ in range(R.randrange(1, 4))]


def copy_view(v):
    w = dict(v)
    for k in ("post", "sh_phone", "given", "family", "choice"):
        if k in w and w[k] is not None:
            w[k] = list(w[k])
    w["as"] = dict(v["as"])
    return w


def variant(E, O, v0, prof, keep, okfn=None):
    for attempt in range(120):
        v = copy_view(v0)
        v["g"] = None
        v["post"] = []
        v["no_addr_assert"] = True
        if E["p"]:
            v["tq"] = None
        ops = []
        for op in choose_ops(E, prof):
            if op not in ops:
                ops.append(op)
        for op in ops:
            op_apply(E, v, op, keep)
        N = render(E, v)
        if N["address"] and any(op == ("address", "city_only") for op in v["post"]):
            pass
        labs = classify(O, N, E["o"] is not None)
        if not profile_ok(prof, labs):
            continue
        if E["p"] and ("givenName:changed" in labs or "displayName:changed" in labs):
            continue
        if not gen_evidence(O, N, E["id"]):
            continue
        if not (N["email"] or N["phone"] or N["address"]):
            continue
        if okfn and not okfn(N):
            continue
        return N
    return None


# ----------------------------------------------------------------------------- new customers
def vowel_suffix(w):
    for ch in reversed(fold(w)):
        if ch in "aiou":
            return "lar" if ch in "ao" or (ch in "iu" and ch in w) else "ler"
        if ch in "e":
            return "ler"
    return "lar"


def plural(w):
    f = w
    last = [ch for ch in f if ch in "aeıioöuüAEIİOÖUÜ"]
    lv = last[-1] if last else "a"
    return w + ("lar" if lv in "aıouAIOU" else "ler")


def new_core():
    r = R.random()
    if r < .45:
        return pick(PREF) + pick(SUFF)
    if r < .8:
        return plural(surname())
    return pick(PREF) + pick(SUFF) + " " + pick(["Yapı", "Grup", "Proje"])


def build_new_entity(kind, ex_pkeys, ex_cores, spare_apt, spare_coop, spare_mosq):
    for attempt in range(300):
        if kind == "household":
            E = mk_household(flat=R.random() < .8)
        elif kind == "tradesman":
            E = mk_tradesman()
        elif kind == "sole":
            p = mk_person(gender='m' if R.random() < .9 else 'f', maiden_p=0)
            E = mk_sole(trade=new_core().split()[0] + " " + pick(TRADES), p=p)
        elif kind == "abroad":
            E = mk_abroad()
        elif kind == "construction":
            E = mk_construction(core=new_core())
        elif kind == "hardware":
            E = mk_hardware(core=new_core())
        elif kind == "apartment":
            nm = pick(spare_apt) if spare_apt and R.random() < .5 else pick(PREF) + pick(SUFF)
            E = mk_apartment(nm)
        elif kind == "school":
            E = mk_school("Şehit " + pick(MALE) + " " + surname(), pick(SCHOOL_T))
        elif kind == "mosque":
            E = mk_mosque(pick(spare_mosq) if spare_mosq and attempt < 20 else pick(PREF) + pick(SUFF))
        elif kind == "coop":
            E = mk_coop(pick(spare_coop) if spare_coop and attempt < 20 else pick(PREF) + pick(SUFF) + " Evleri")
        else:
            E = mk_foreign(core=new_core().split()[0])
        v = base_view(E)
        r = R.random()
        v["g"] = "lower" if r < .06 else ("caps_tr" if r < .09 else ("ascii" if r < .12 else None))
        if R.random() < .15 and v["sh_addr"] and (v["sh_email"] or v["sh_phone"]):
            v["sh_addr"] = False
        if E["p"] and R.random() < .25 and v["sh_email"] and v["sh_phone"]:
            v["sh_email"] = False
        rec = render(E, v)
        if not (rec["email"] or rec["phone"] or rec["address"]):
            continue
        if not new_ok(rec, ex_pkeys, ex_cores):
            continue
        if E["o"]:
            nm = E["o"]["segs"][0]["alts"][0] if E["o"]["type"] != "cooperative" else E["o"]["segs"][1]["alts"][0]
            for lst in (spare_apt, spare_coop, spare_mosq):
                if nm in lst:
                    lst.remove(nm)
        return E, v, rec
    raise RuntimeError("new " + kind)


def new_ok(rec, ex_pkeys, ex_cores):
    pk = pkey(rec)
    if pk and pk in ex_pkeys:
        return False
    nc = name_core(rec)
    if nc and nc in ex_cores:
        return False
    if rec["companyName"] is None and not trade_part(rec["displayName"]):
        # persons: also the displayed name must not be an existing person key
        t = ptoks(rec["displayName"])
        if len(t) >= 2 and (t[0] + "|" + t[-1]) in ex_pkeys:
            return False
    if rec["email"] and EX_EMAIL_NEAR(rec["email"].lower()):
        return False
    return True


EX_EMAIL_DEL = {}


def EX_EMAIL_NEAR(e):
    return any(d in EX_EMAIL_DEL for d in dels(e))


# ----------------------------------------------------------------------------- main
def main():
    out = os.path.dirname(os.path.abspath(__file__))
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(out, exist_ok=True)

    ents, anchors, spare_apt, spare_coop = build_existing()
    for E in ents:
        E["ev"] = existing_view(E)
        E["rec"] = render(E, E["ev"])
    # QBO display names must be unique case-insensitively: qualifier on collisions
    order = list(range(len(ents)))
    R.shuffle(order)
    seen = {}
    for i in order:
        E = ents[i]
        d = E["rec"]["displayName"]
        k = d.casefold()
        if k in seen:
            q = None
            c = E["addr"]
            if c and (c.get("dist") or c.get("prov")):
                q = " (%s)" % (c.get("dist") or c.get("prov"))
                if (d + q).casefold() in seen:
                    q = None
            if q is None:
                n = 2
                while (d + " - %d" % n).casefold() in seen:
                    n += 1
                q = " - %d" % n
            E["rec"] = dict(E["rec"], displayName=d + q)
            k = E["rec"]["displayName"].casefold()
        seen[k] = 1
    ents.sort(key=lambda E: (E["rec"]["displayName"].casefold(), E["id"]))
    for i, E in enumerate(ents):
        E["index"] = i
    ex_pkeys, ex_cores = {}, {}
    for E in ents:
        pk = pkey(E["rec"])
        if pk:
            ex_pkeys[pk] = 1
        nc = name_core(E["rec"])
        if nc:
            ex_cores[nc] = 1
        if E["rec"]["email"]:
            for d in dels(E["rec"]["email"].lower()):
                EX_EMAIL_DEL[d] = 1

    # hard negatives
    incoming = []
    hn_ents = []
    for t in HN_TYPES:
        for A in anchors[t]:
            H, hv = build_hn(A, spare_apt, spare_coop)
            hrec = render(H, hv)
            hn_ents.append(H)
            incoming.append({"cat": "hard_negative", "E": H, "rec": hrec, "A": A, "hn_type": t})

    # new customers
    plan = ([("household", 120), ("tradesman", 40), ("sole", 70), ("abroad", 15), ("construction", 90),
             ("hardware", 40), ("apartment", 25), ("school", 8), ("mosque", 8), ("coop", 10), ("foreign", 9)])
    spare_mosq = [m for m in MOSQ if not any(E["o"] and E["o"]["type"] == "mosque_association" and E["o"]["segs"][0]["alts"][0] == m for E in ents)]
    new_ents = []
    for kind, n in plan:
        for _ in range(n):
            E, v, rec = build_new_entity(kind, ex_pkeys, ex_cores, spare_apt, spare_coop, spare_mosq)
            E["ev"], E["rec"] = v, rec
            new_ents.append(E)
    for E in ents + hn_ents + new_ents:
        keymap_add(E)

    # matches
    def unique_channels(E):
        rec = E["rec"]
        ch = []
        if rec["email"] and uniq(rec["email"].lower(), E["id"]):
            ch.append("email")
        if any(uniq(k, E["id"]) for k in p_keys(rec["phone"])):
            ch.append("phone")
        k = a_key(rec["address"])
        if k and uniq(k, E["id"]):
            ch.append("address")
        return ch
    eligible = [E for E in ents if unique_channels(E)]
    targets = R.sample(eligible, 825)
    for E in targets:
        prof = wpick([("light", 35), ("medium", 40), ("harsh", 25)])
        chs = unique_channels(E)
        N = None
        for pr in [prof] + [x for x in ("medium", "harsh", "light") if x != prof]:
            keep = pick(chs)
            N = variant(E, E["rec"], E["ev"], pr, keep)
            if N:
                prof = pr
                break
        assert N is not None, E["rec"]
        incoming.append({"cat": "match", "E": E, "rec": N, "profile": prof})

    # new customers with repeats
    reps = R.sample(range(len(new_ents)), 75)
    rep_n = {}
    for j, i in enumerate(reps):
        rep_n[i] = 3 if j < 15 else 2
    for i, E in enumerate(new_ents):
        incoming.append({"cat": "new", "E": E, "rec": E["rec"], "occ_base": True})
        for _ in range(rep_n.get(i, 1) - 1):
            prof = wpick([("light", 40), ("medium", 40), ("harsh", 20)])
            chs = [c for c in ("email", "phone", "address") if (c == "email" and E["rec"]["email"]) or
                   (c == "phone" and E["rec"]["phone"]) or (c == "address" and a_key(E["rec"]["address"]))]
            N = None
            for pr in [prof] + [x for x in ("medium", "harsh", "light") if x != prof]:
                N = variant(E, E["rec"], E["ev"], pr, pick(chs), okfn=lambda r: new_ok(r, ex_pkeys, ex_cores))
                if N:
                    prof = pr
                    break
            assert N is not None
            incoming.append({"cat": "new", "E": E, "rec": N, "occ_base": False, "profile": prof})
    assert len(incoming) == 1500, len(incoming)

    R.shuffle(incoming)
    # occurrence 1 of each new customer = its base record, at the earliest position
    pos = {}
    for i, it in enumerate(incoming):
        if it["cat"] == "new":
            pos.setdefault(it["E"]["id"], []).append(i)
    for eid in sorted(pos):
        ps = pos[eid]
        items = [incoming[i] for i in ps]
        items.sort(key=lambda it: 0 if it["occ_base"] else 1)
        for i, it in zip(ps, items):
            incoming[i] = it

    # ---------------------------------------------------------------- output + labels
    set_lines, meta_lines = [], []
    for E in ents:
        set_lines.append({"set": "existing", "entity": E["id"], "contact": E["rec"]})
        meta_lines.append({"set": "existing", "index": E["index"], "entity": E["id"], "category": "existing",
                           "kind": E["kind"], "changes": []})
    for i, it in enumerate(incoming):
        set_lines.append({"set": "incoming", "entity": it["E"]["id"], "contact": it["rec"]})
    # file-level key map for evidence
    fmap = {}
    for ln in set_lines:
        c = ln["contact"]
        ks = []
        if c["email"]:
            ks.append("e:" + c["email"].lower())
        ks += ["p:" + k for k in p_keys(c["phone"])]
        k = a_key(c["address"])
        if k:
            ks.append("a:" + k)
        for k in ks:
            l = fmap.setdefault(k, [])
            if ln["entity"] not in l:
                l.append(ln["entity"])

    def fu(k, eid):
        return fmap.get(k) == [eid]

    def file_evidence(O, N, eid):
        ev = []
        if O["email"] and N["email"]:
            a, b = O["email"].lower(), N["email"].lower()
            if (a == b or dist1(a, b)) and fu("e:" + a, eid) and fu("e:" + b, eid):
                ev.append("email")
        ko, kn = p_keys(O["phone"]), p_keys(N["phone"])
        if any(k in kn and fu("p:" + k, eid) for k in ko):
            ev.append("phone")
        ka, kb = a_key(O["address"]), a_key(N["address"])
        if ka and ka == kb and fu("a:" + ka, eid):
            ev.append("address")
        return ev

    first = {}
    occ = {}
    for i, it in enumerate(incoming):
        E = it["E"]
        m = {"set": "incoming", "index": i, "entity": E["id"], "category": it["cat"], "kind": E["kind"]}
        org = E["o"] is not None
        if it["cat"] == "match":
            O = E["rec"]
            m["changes"] = classify(O, it["rec"], org)
            m["profile"] = it["profile"]
            m["evidence"] = file_evidence(O, it["rec"], E["id"])
            assert m["evidence"], (O, it["rec"])
            assert profile_ok(m["profile"], m["changes"])
            m["compare_set"] = "existing"
            m["compare_index"] = E["index"]
        elif it["cat"] == "new":
            occ[E["id"]] = occ.get(E["id"], 0) + 1
            m["occurrence"] = occ[E["id"]]
            if m["occurrence"] == 1:
                first[E["id"]] = i
                m["changes"] = []
            else:
                O = incoming[first[E["id"]]]["rec"]
                m["changes"] = classify(O, it["rec"], org)
                m["profile"] = it["profile"]
                m["evidence"] = file_evidence(O, it["rec"], E["id"])
                assert m["evidence"]
                assert profile_ok(m["profile"], m["changes"])
                m["compare_set"] = "incoming"
                m["compare_index"] = first[E["id"]]
        else:
            A = it["A"]
            m["changes"] = classify(A["rec"], it["rec"], org)
            m["anchor"] = A["id"]
            m["anchor_index"] = A["index"]
            m["hn_type"] = it["hn_type"]
            m["rule"] = RULES[it["hn_type"]]
            m["shared"] = shared_of(A["rec"], it["rec"])
        meta_lines.append(m)
    with open(os.path.join(out, "set.jsonl"), "w", encoding="utf-8") as f:
        for ln in set_lines:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "meta.jsonl"), "w", encoding="utf-8") as f:
        for ln in meta_lines:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
