#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""pk-tijarat: synthetic labelled benchmark for customer record linkage.

Scenario: an (invented) Lahore distributor of pharmaceuticals, surgical goods
and hygiene products, with a Karachi branch, keeps its customer list in
QuickBooks Online (global, PKR).  Upstream feeds send customer records:
an old desktop accounting import, a sales reps' app, a web portal for
pharmacies and an Urdu-language order sheet typed by clerks.

Python 3 standard library only, one random.Random(SEED), no iteration over
hash-ordered containers.  Output is byte-identical for any PYTHONHASHSEED.

    python3 gen.py            -> set.jsonl, meta.jsonl next to this file
    python3 gen.py --out DIR  -> into DIR
"""
import argparse
import json
import os
import random
import re

SEED = 20240917
R = random.Random(SEED)

N_EXISTING = 1500
N_MATCH = 825
N_NEW = 525
N_HN = 150


# ------------------------------------------------------------------ helpers
def ch(seq):
    return seq[R.randrange(len(seq))]


def wch(pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def p(x):
    return R.random() < x


def slug(s):
    return re.sub(r'[^a-z0-9]', '', s.lower())


def clean(s):
    if s is None:
        return None
    s = re.sub(r'\s+', ' ', s).strip(' \t\u00a0,;')
    return s if s else None


URDU_DIGITS = '۰۱۲۳۴۵۶۷۸۹'


def to_urdu_digits(s):
    return ''.join(URDU_DIGITS[ord(c) - 48] if '0' <= c <= '9' else c for c in s)


UCP = {'ی': 'ي', 'ک': 'ك', 'ہ': 'ه', 'ۃ': 'ة', 'ے': 'ي', 'ۓ': 'ئ', 'ۂ': 'ه'}


def arabic_cp(s):
    return ''.join(UCP.get(c, c) for c in s)


def drop_diacritics(s):
    return ''.join(c for c in s if c not in '\u0670\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0655')


def mojibake(s):
    return s.encode('utf-8').decode('cp1252', errors='replace')


def has_arabic(s):
    return s is not None and re.search('[\u0600-\u06ff]', s) is not None


# ------------------------------------------------------------------ names
MALE = [
    ('Ali', 8, 'علی'), ('Asif', 6, 'آصف'), ('Imran', 6, 'عمران'), ('Kashif', 4, 'کاشف'),
    ('Tariq', 5, 'طارق'), ('Naveed', 4, 'نوید'), ('Shahid', 5, 'شاہد'), ('Khalid', 4, 'خالد'),
    ('Zahid', 4, 'زاہد'), ('Sajid', 3, 'ساجد'), ('Waqas', 3, 'وقاص'), ('Bilal', 5, 'بلال'),
    ('Usman', 5, 'عثمان'), ('Umar', 4, 'عمر'), ('Hamza', 4, 'حمزہ'), ('Hassan', 5, 'حسن'),
    ('Hussain', 4, 'حسین'), ('Irfan', 4, 'عرفان'), ('Adnan', 3, 'عدنان'), ('Faisal', 4, 'فیصل'),
    ('Nadeem', 4, 'ندیم'), ('Arshad', 4, 'ارشد'), ('Javed', 4, 'جاوید'), ('Ilyas', 3, 'الیاس'),
    ('Yousaf', 3, 'یوسف'), ('Iqbal', 3, 'اقبال'), ('Akram', 3, 'اکرم'), ('Aslam', 4, 'اسلم'),
    ('Rizwan', 4, 'رضوان'), ('Shoaib', 3, 'شعیب'), ('Zeeshan', 3, 'ذیشان'), ('Fahad', 3, 'فہد'),
    ('Farhan', 3, 'فرحان'), ('Amjad', 3, 'امجد'), ('Sohail', 3, 'سہیل'), ('Atif', 3, 'عاطف'),
    ('Aamir', 3, 'عامر'), ('Nasir', 3, 'ناصر'), ('Abid', 3, 'عابد'), ('Saleem', 3, 'سلیم'),
    ('Rashid', 3, 'راشد'), ('Anwar', 3, 'انور'), ('Azhar', 2, 'اظہر'),
    ('Ghulam Mustafa', 2, 'غلام مصطفیٰ'), ('Ghulam Rasool', 2, 'غلام رسول'),
    ('Abdul Rehman', 3, 'عبدالرحمن'), ('Abdul Ghaffar', 2, 'عبدالغفار'), ('Abdul Qadir', 2, 'عبدالقادر'),
    ('Noman', 2, 'نعمان'), ('Mudassar', 2, 'مدثر'), ('Haroon', 2, 'ہارون'), ('Junaid', 3, 'جنید'),
    ('Saqib', 2, 'ثاقب'), ('Tahir', 3, 'طاہر'), ('Yasir', 3, 'یاسر'), ('Kamran', 3, 'کامران'),
    ('Shahzad', 3, 'شہزاد'), ('Qasim', 2, 'قاسم'), ('Ahsan', 2, 'احسن'), ('Zubair', 2, 'زبیر'),
    ('Ijaz', 2, 'اعجاز'), ('Iftikhar', 2, 'افتخار'), ('Pervaiz', 2, 'پرویز'), ('Akhtar', 2, 'اختر'),
    ('Mehmood', 2, 'محمود'), ('Ahmad', 4, 'احمد'), ('Ali Raza', 5, 'علی رضا'), ('Asad', 3, 'اسد'),
    ('Arif', 3, 'عارف'), ('Sharif', 2, 'شریف'), ('Rafiq', 2, 'رفیق'), ('Nawaz', 2, 'نواز'),
    ('Sarfraz', 2, 'سرفراز'), ('Younas', 2, 'یونس'), ('Idrees', 2, 'ادریس'), ('Ishaq', 2, 'اسحاق'),
    ('Jamil', 2, 'جمیل'), ('Naeem', 3, 'نعیم'), ('Waseem', 3, 'وسیم'), ('Azam', 2, 'اعظم'),
    ('Shakeel', 2, 'شکیل'), ('Ayaz', 2, 'ایاز'), ('Fayyaz', 2, 'فیاض'), ('Riaz', 3, 'ریاض'),
    ('Imtiaz', 2, 'امتیاز'), ('Mushtaq', 2, 'مشتاق'), ('Ashfaq', 2, 'اشفاق'), ('Babar', 2, 'بابر'),
]
NO_MUH = ('Ghulam Mustafa', 'Ghulam Rasool', 'Abdul Rehman', 'Abdul Ghaffar', 'Abdul Qadir')
SECOND = [
    ('Iqbal', 'اقبال'), ('Ahmad', 'احمد'), ('Mehmood', 'محمود'), ('Akhtar', 'اختر'), ('Hussain', 'حسین'),
    ('Ali', 'علی'), ('Raza', 'رضا'), ('Javed', 'جاوید'), ('Aslam', 'اسلم'), ('Anwar', 'انور'),
    ('Rafiq', 'رفیق'), ('Shafiq', 'شفیق'), ('Nawaz', 'نواز'), ('Saeed', 'سعید'), ('Latif', 'لطیف'),
    ('Hanif', 'حنیف'), ('Rasheed', 'رشید'), ('Hameed', 'حمید'), ('Majeed', 'مجید'), ('Bashir', 'بشیر'),
    ('Nazir', 'نذیر'), ('Siddique', 'صدیق'), ('Ashraf', 'اشرف'), ('Yaqoob', 'یعقوب'), ('Sadiq', 'صادق'),
    ('Zafar', 'ظفر'), ('Sabir', 'صابر'), ('Ghafoor', 'غفور'), ('Ilyas', 'الیاس'), ('Younas', 'یونس'),
    ('Arshad', 'ارشد'), ('Abbas', 'عباس'), ('Haider', 'حیدر'), ('Mustafa', 'مصطفیٰ'), ('Farooq', 'فاروق'),
    ('Jamil', 'جمیل'), ('Saleem', 'سلیم'),
]
FEMALE = [
    ('Ayesha', 5, 'عائشہ'), ('Fatima', 5, 'فاطمہ'), ('Sadia', 3, 'سعدیہ'), ('Nabila', 2, 'نبیلہ'),
    ('Rubina', 3, 'روبینہ'), ('Shazia', 3, 'شازیہ'), ('Samina', 3, 'ثمینہ'), ('Saima', 3, 'صائمہ'),
    ('Naheed', 2, 'ناہید'), ('Farzana', 3, 'فرزانہ'), ('Kulsoom', 2, 'کلثوم'), ('Zainab', 3, 'زینب'),
    ('Amna', 3, 'آمنہ'), ('Hina', 3, 'حنا'), ('Mehwish', 2, 'مہوش'), ('Sana', 3, 'ثنا'),
    ('Rukhsana', 2, 'رخسانہ'), ('Parveen', 2, 'پروین'), ('Tahira', 2, 'طاہرہ'), ('Nasreen', 2, 'نسرین'),
    ('Bushra', 3, 'بشریٰ'), ('Asma', 3, 'عاصمہ'), ('Uzma', 2, 'عظمیٰ'), ('Iqra', 2, 'اقراء'),
    ('Sidra', 2, 'سدرہ'), ('Maryam', 3, 'مریم'), ('Khadija', 2, 'خدیجہ'), ('Nighat', 1, 'نگہت'),
    ('Shamim', 1, 'شمیم'), ('Razia', 1, 'رضیہ'), ('Sughra', 1, 'صغریٰ'), ('Zubaida', 1, 'زبیدہ'),
    ('Farah', 2, 'فرح'), ('Rabia', 2, 'رابعہ'), ('Nadia', 2, 'نادیہ'),
]
FEM_SUFFIX = ['Begum', 'Bibi', 'Khatoon', 'Bano']
FAMILY_U = {
    'Khan': 'خان', 'Butt': 'بٹ', 'Awan': 'اعوان', 'Qureshi': 'قریشی', 'Rajput': 'راجپوت',
    'Yousafzai': 'یوسفزئی', 'Malik': 'ملک', 'Sheikh': 'شیخ', 'Chaudhry': 'چوہدری', 'Siddiqui': 'صدیقی',
    'Ansari': 'انصاری', 'Hashmi': 'ہاشمی', 'Bukhari': 'بخاری', 'Gillani': 'گیلانی', 'Naqvi': 'نقوی',
    'Rizvi': 'رضوی', 'Shah': 'شاہ', 'Mirza': 'مرزا', 'Baig': 'بیگ', 'Abbasi': 'عباسی', 'Cheema': 'چیمہ',
    'Bajwa': 'باجوہ', 'Gondal': 'گوندل', 'Warraich': 'وڑائچ', 'Janjua': 'جنجوعہ', 'Niazi': 'نیازی',
    'Khattak': 'خٹک', 'Afridi': 'آفریدی', 'Durrani': 'درانی', 'Memon': 'میمن', 'Soomro': 'سومرو',
    'Baloch': 'بلوچ', 'Arain': 'آرائیں', 'Jatoi': 'جتوئی', 'Mughal': 'مغل', 'Gujjar': 'گجر', 'Jutt': 'جٹ',
    'Bhatti': 'بھٹی', 'Kazmi': 'کاظمی', 'Zaidi': 'زیدی', 'Tareen': 'ترین', 'Marwat': 'مروت',
    'Bangash': 'بنگش', 'Shinwari': 'شنواری', 'Lodhi': 'لودھی', 'Chughtai': 'چغتائی', 'Dogar': 'ڈوگر',
    'Jafri': 'جعفری', 'Shaikh': 'شیخ', 'Begum': 'بیگم', 'Bibi': 'بی بی', 'Khatoon': 'خاتون', 'Bano': 'بانو',
}
FAM_PB = [('Butt', 5), ('Awan', 4), ('Qureshi', 4), ('Rajput', 3), ('Malik', 4), ('Sheikh', 4),
          ('Chaudhry', 3), ('Siddiqui', 2), ('Ansari', 2), ('Hashmi', 2), ('Bukhari', 2), ('Gillani', 2),
          ('Naqvi', 2), ('Shah', 3), ('Mirza', 2), ('Baig', 2), ('Abbasi', 2), ('Cheema', 2), ('Bajwa', 2),
          ('Gondal', 2), ('Warraich', 2), ('Janjua', 2), ('Niazi', 2), ('Mughal', 2), ('Gujjar', 2),
          ('Jutt', 2), ('Bhatti', 3), ('Kazmi', 1), ('Arain', 2), ('Dogar', 1), ('Chughtai', 1),
          ('Lodhi', 1), ('Khan', 5)]
FAM_SD = [('Memon', 5), ('Soomro', 3), ('Baloch', 3), ('Jatoi', 2), ('Shaikh', 4), ('Siddiqui', 4),
          ('Ansari', 3), ('Qureshi', 3), ('Zaidi', 2), ('Rizvi', 2), ('Jafri', 2), ('Khan', 4),
          ('Abbasi', 2), ('Shah', 3), ('Baig', 2), ('Mirza', 2)]
FAM_KP = [('Khan', 10), ('Yousafzai', 3), ('Khattak', 3), ('Afridi', 3), ('Durrani', 2), ('Marwat', 2),
          ('Bangash', 2), ('Shinwari', 2), ('Tareen', 2), ('Shah', 3), ('Awan', 2), ('Abbasi', 2),
          ('Qureshi', 2)]
SYED_FAM = ('Shah', 'Bukhari', 'Gillani', 'Naqvi', 'Rizvi', 'Kazmi', 'Zaidi', 'Jafri', 'Hashmi')
CH_FAM = ('Cheema', 'Bajwa', 'Gondal', 'Warraich', 'Arain', 'Gujjar', 'Jutt')

TITLE_FORMS = {
    'Dr.': ['Dr.', 'Dr', 'DR.', 'Doctor'], 'Ch.': ['Ch.', 'Ch', 'Chaudhry', 'Chaudhary', 'Choudhary'],
    'Syed': ['Syed', 'Sayed', 'Syyed', 'S.'], 'Haji': ['Haji', 'Hajji', 'Alhaj'], 'Hafiz': ['Hafiz'],
    'Malik': ['Malik'], 'Rana': ['Rana'], 'Mian': ['Mian', 'Mia'], 'Mrs.': ['Mrs.', 'Mrs', 'Madam'],
    'Mst.': ['Mst.', 'Mst', 'Mussammat'],
}
TITLE_U = {'Dr.': 'ڈاکٹر', 'Ch.': 'چوہدری', 'Syed': 'سید', 'Haji': 'حاجی', 'Hafiz': 'حافظ', 'Malik': 'ملک',
           'Rana': 'رانا', 'Mian': 'میاں', 'Mrs.': 'مسز', 'Mst.': 'مسماۃ'}
MUH_FORMS = ['Muhammad', 'Mohammad', 'Muhammed', 'Mohammed', 'Mohd.', 'M.', 'Md.', 'Muhd.']

# canonical spelling -> spelling variants seen in records
SPELL = {
    'Yousaf': ['Yusuf', 'Yousuf'], 'Ahmad': ['Ahmed'], 'Qureshi': ['Quraishi', 'Qureishi'],
    'Chaudhry': ['Chaudhary', 'Choudhry'], 'Naveed': ['Navid'], 'Hussain': ['Hussein', 'Husain'],
    'Hassan': ['Hasan'], 'Usman': ['Osman', 'Usmaan'], 'Umar': ['Omar'], 'Javed': ['Javaid', 'Javid'],
    'Iqbal': ['Ikbal'], 'Waqas': ['Waqqas'], 'Zeeshan': ['Zishan'], 'Faisal': ['Faysal'],
    'Saleem': ['Salim'], 'Rashid': ['Rasheed'], 'Aamir': ['Amir'], 'Khalid': ['Khaled'],
    'Ilyas': ['Ilyaas', 'Elyas'], 'Mehmood': ['Mahmood', 'Mahmud'], 'Siddiqui': ['Siddiqi', 'Sidiqui'],
    'Gillani': ['Gilani'], 'Bukhari': ['Bokhari'], 'Sheikh': ['Shaikh'], 'Shaikh': ['Sheikh'],
    'Baig': ['Beg'], 'Ayesha': ['Aisha', 'Ayisha'], 'Kulsoom': ['Kalsoom', 'Kulsum'], 'Zainab': ['Zenab'],
    'Mehwish': ['Mahwish'], 'Rubina': ['Robina'], 'Yousafzai': ['Yusufzai'], 'Sohail': ['Suhail'],
    'Shoaib': ['Shuaib'], 'Ijaz': ['Ejaz'], 'Pervaiz': ['Parvez', 'Pervez'], 'Younas': ['Younis', 'Yunus'],
    'Idrees': ['Idris'], 'Naeem': ['Naim'], 'Waseem': ['Wasim'], 'Shakeel': ['Shakil'], 'Riaz': ['Riyaz'],
    'Imtiaz': ['Imtiyaz'], 'Mushtaq': ['Mushtak'], 'Shafiq': ['Shafique'], 'Rafiq': ['Rafique'],
    'Siddique': ['Siddiq'], 'Saeed': ['Saeid'], 'Bashir': ['Basheer'], 'Nazir': ['Nazeer'],
    'Latif': ['Lateef'], 'Hameed': ['Hamid'], 'Majeed': ['Majid'], 'Zafar': ['Zaffar'],
    'Fatima': ['Fatimah'], 'Nasreen': ['Nasrin'], 'Parveen': ['Perveen', 'Parvin'], 'Naheed': ['Nahid'],
    'Haroon': ['Harun'], 'Mudassar': ['Mudassir', 'Mudasar'], 'Qasim': ['Kasim'], 'Shahzad': ['Shehzad'],
    'Ahsan': ['Ehsan'], 'Jamil': ['Jameel'], 'Asif': ['Aasif'], 'Tariq': ['Tarik'], 'Kashif': ['Kashaf'],
    'Junaid': ['Junaed'], 'Sarfraz': ['Sarfaraz'], 'Abbas': ['Abas'], 'Farooq': ['Faruq', 'Farouq'],
    'Yaqoob': ['Yaqub', 'Yakoob'], 'Ishaq': ['Ishaque'], 'Nawaz': ['Niwaz'], 'Hanif': ['Haneef'],
    'Abdul Rehman': ['Abdur Rehman', 'Abdul Rahman', 'A. Rehman'],
    'Ghulam Mustafa': ['G. Mustafa', 'Ghulam Mustfa'], 'Ghulam Rasool': ['G. Rasool', 'Ghulam Rasul'],
    'Abdul Ghaffar': ['A. Ghaffar', 'Abdul Gaffar'], 'Abdul Qadir': ['A. Qadir', 'Abdul Kadir'],
    'Ali Raza': ['Ali Raza', 'Ali Rza'], 'Sadia': ['Saadia'], 'Saima': ['Saema'], 'Samina': ['Sameena'],
    'Nabila': ['Nabeela'], 'Shazia': ['Shazya'], 'Tahira': ['Tahirah'], 'Asma': ['Asmaa'],
    'Maryam': ['Mariam', 'Mariyam'], 'Khadija': ['Khadijah'], 'Rabia': ['Rabiya'],
}
MALE_U = dict((n, u) for n, _, u in MALE)
MALE_U.update(dict(SECOND))
FEMALE_U = dict((n, u) for n, _, u in FEMALE)

# ------------------------------------------------------------------ places
# key, name, urdu, region, aliases, (area code, local length, first digit), postcode, weight, country
CITY_ROWS = [
    ('lahore', 'Lahore', 'لاہور', 'PB', ['LHR'], ('42', 8, '3'), '54000', 22, 'PK'),
    ('karachi', 'Karachi', 'کراچی', 'SD', ['KHI'], ('21', 8, '3'), '74000', 12, 'PK'),
    ('islamabad', 'Islamabad', 'اسلام آباد', 'IS', ['ISB'], ('51', 7, '2'), '44000', 6, 'PK'),
    ('rawalpindi', 'Rawalpindi', 'راولپنڈی', 'PB', ['Pindi', 'RWP'], ('51', 7, '5'), '46000', 6, 'PK'),
    ('faisalabad', 'Faisalabad', 'فیصل آباد', 'PB', ['Lyallpur', 'FSD'], ('41', 7, '8'), '38000', 7, 'PK'),
    ('multan', 'Multan', 'ملتان', 'PB', [], ('61', 7, '4'), '60000', 5, 'PK'),
    ('peshawar', 'Peshawar', 'پشاور', 'KP', [], ('91', 7, '5'), '25000', 5, 'PK'),
    ('gujranwala', 'Gujranwala', 'گوجرانوالہ', 'PB', ['GRW'], ('55', 7, '3'), '52250', 4, 'PK'),
    ('sialkot', 'Sialkot', 'سیالکوٹ', 'PB', [], ('52', 7, '3'), '51310', 3, 'PK'),
    ('sheikhupura', 'Sheikhupura', 'شیخوپورہ', 'PB', ['Shekhupura'], ('56', 7, '3'), '39350', 2, 'PK'),
    ('sargodha', 'Sargodha', 'سرگودھا', 'PB', [], ('48', 7, '3'), '40100', 2, 'PK'),
    ('bahawalpur', 'Bahawalpur', 'بہاولپور', 'PB', ['BWP'], ('62', 7, '2'), '63100', 2, 'PK'),
    ('sahiwal', 'Sahiwal', 'ساہیوال', 'PB', ['Montgomery'], ('40', 7, '4'), '57000', 2, 'PK'),
    ('okara', 'Okara', 'اوکاڑہ', 'PB', [], ('44', 7, '2'), '56300', 2, 'PK'),
    ('kasur', 'Kasur', 'قصور', 'PB', ['Qasur'], ('49', 7, '2'), '55050', 1.5, 'PK'),
    ('jhang', 'Jhang', 'جھنگ', 'PB', [], ('47', 7, '7'), '35200', 1.5, 'PK'),
    ('rahimyarkhan', 'Rahim Yar Khan', 'رحیم یار خان', 'PB', ['R.Y. Khan', 'RY Khan'], ('68', 7, '5'), '64200', 1.5, 'PK'),
    ('gujrat', 'Gujrat', 'گجرات', 'PB', [], ('53', 7, '3'), '50700', 1.5, 'PK'),
    ('dgkhan', 'Dera Ghazi Khan', 'ڈیرہ غازی خان', 'PB', ['D.G. Khan', 'DG Khan'], ('64', 7, '4'), '32200', 1, 'PK'),
    ('chiniot', 'Chiniot', 'چنیوٹ', 'PB', [], ('47', 7, '6'), '35400', 1, 'PK'),
    ('kamoke', 'Kamoke', 'کامونکی', 'PB', ['Kamonki'], ('55', 7, '6'), '52470', 1, 'PK'),
    ('muridke', 'Muridke', 'مریدکے', 'PB', [], ('42', 8, '3'), '39000', 1, 'PK'),
    ('tobateksingh', 'Toba Tek Singh', 'ٹوبہ ٹیک سنگھ', 'PB', ['T.T. Singh', 'TT Singh'], ('46', 7, '2'), '36050', 1, 'PK'),
    ('hyderabad', 'Hyderabad', 'حیدرآباد', 'SD', [], ('22', 7, '2'), '71000', 2, 'PK'),
    ('sukkur', 'Sukkur', 'سکھر', 'SD', [], ('71', 7, '5'), '65200', 1, 'PK'),
    ('larkana', 'Larkana', 'لاڑکانہ', 'SD', [], ('74', 7, '4'), '77150', 1, 'PK'),
    ('nawabshah', 'Nawabshah', 'نوابشاہ', 'SD', ['Shaheed Benazirabad'], ('244', 6, '3'), '67450', 0.7, 'PK'),
    ('mirpurkhas', 'Mirpur Khas', 'میرپورخاص', 'SD', ['Mirpurkhas'], ('233', 6, '8'), '69000', 0.7, 'PK'),
    ('mardan', 'Mardan', 'مردان', 'KP', [], ('937', 6, '8'), '23200', 1, 'PK'),
    ('abbottabad', 'Abbottabad', 'ایبٹ آباد', 'KP', ['Abbotabad'], ('992', 6, '3'), '22010', 1, 'PK'),
    ('mingora', 'Mingora', 'مینگورہ', 'KP', ['Mingora Swat'], ('946', 6, '7'), '19130', 0.8, 'PK'),
    ('kohat', 'Kohat', 'کوہاٹ', 'KP', [], ('922', 6, '5'), '26000', 0.7, 'PK'),
    ('dikhan', 'Dera Ismail Khan', 'ڈیرہ اسماعیل خان', 'KP', ['D.I. Khan', 'DI Khan'], ('966', 6, '7'), '29050', 0.8, 'PK'),
    ('nowshera', 'Nowshera', 'نوشہرہ', 'KP', [], ('923', 6, '6'), '24100', 0.6, 'PK'),
    ('mansehra', 'Mansehra', 'مانسہرہ', 'KP', [], ('997', 6, '3'), '21300', 0.6, 'PK'),
    ('dubai', 'Dubai', 'دبئی', 'DU', [], None, None, 0, 'AE'),
    ('sharjah', 'Sharjah', 'شارجہ', 'SH', [], None, None, 0, 'AE'),
    ('abudhabi', 'Abu Dhabi', 'ابوظہبی', 'AZ', [], None, None, 0, 'AE'),
    ('bradford', 'Bradford', None, 'WYK', [], None, None, 0, 'GB'),
    ('birmingham', 'Birmingham', None, 'WMD', [], None, None, 0, 'GB'),
    ('manchester', 'Manchester', None, 'MAN', [], None, None, 0, 'GB'),
    ('london', 'London', None, 'LND', [], None, None, 0, 'GB'),
]
CITY = {}
CITY_KEYS = []
for _r in CITY_ROWS:
    CITY[_r[0]] = {'key': _r[0], 'name': _r[1], 'urdu': _r[2], 'reg': _r[3], 'alias': _r[4], 'tel': _r[5],
                   'pc': _r[6], 'w': _r[7], 'cc': _r[8]}
    CITY_KEYS.append(_r[0])
PK_CITY_W = [(k, CITY[k]['w']) for k in CITY_KEYS if CITY[k]['cc'] == 'PK']
BIG_CITIES = ('lahore', 'karachi', 'islamabad', 'rawalpindi', 'faisalabad', 'multan', 'peshawar')

REGION_FORMS = {
    'PB': ['Punjab', 'PB', 'Pb.', 'Punjab, Pakistan'], 'SD': ['Sindh', 'SD', 'Sind'],
    'KP': ['Khyber Pakhtunkhwa', 'KPK', 'KP', 'NWFP'], 'IS': ['ICT', 'Islamabad Capital Territory', 'Federal'],
    'DU': ['Dubai'], 'SH': ['Sharjah'], 'AZ': ['Abu Dhabi'], 'WYK': ['West Yorkshire', 'W Yorks'],
    'WMD': ['West Midlands'], 'MAN': ['Greater Manchester', 'Manchester'], 'LND': ['Greater London', 'London'],
}
REGION_U = {'PB': 'پنجاب', 'SD': 'سندھ', 'KP': 'خیبر پختونخوا', 'IS': 'اسلام آباد'}
COUNTRY_FORMS = {'PK': ['PK', 'Pakistan', 'PAKISTAN', 'Pak'], 'AE': ['AE', 'UAE', 'United Arab Emirates', 'U.A.E.'],
                 'GB': ['GB', 'UK', 'United Kingdom', 'England']}


def A(n, u, pc=None, v=None):
    return {'n': n, 'u': u, 'pc': pc, 'v': v or []}


AREAS = {
    'lahore': [
        A('Gulberg III', 'گلبرگ 3', '54660', ['Gulberg 3', 'Gulberg-III']),
        A('Gulberg II', 'گلبرگ 2', '54660', ['Gulberg 2', 'Gulberg-II']),
        A('DHA Phase 5', 'ڈی ایچ اے فیز 5', '54792', ['Defence Phase 5', 'DHA Ph-5', 'Phase 5, DHA']),
        A('Model Town', 'ماڈل ٹاؤن', '54700'), A('Johar Town', 'جوہر ٹاؤن', '54782', ['Joher Town']),
        A('Allama Iqbal Town', 'علامہ اقبال ٹاؤن', '54570', ['Iqbal Town', 'AIT']),
        A('Samanabad', 'سمن آباد', '54500'), A('Shadman', 'شادمان', '54000'),
        A('Township', 'ٹاؤن شپ', '54770'), A('Garden Town', 'گارڈن ٹاؤن', '54600'),
        A('Ichhra', 'اچھرہ', '54600', ['Ichra']), A('Anarkali', 'انارکلی', '54000'),
        A('Shahdara', 'شاہدرہ', '54950'), A('Cantt', 'کینٹ', '54810', ['Cantonment']),
        A('Wapda Town', 'واپڈا ٹاؤن', '54770'), A('Faisal Town', 'فیصل ٹاؤن', '54770'),
        A('Mughalpura', 'مغلپورہ', '54840'), A('Baghbanpura', 'باغبانپورہ', '54920'),
        A('Green Town', 'گرین ٹاؤن', '54770'), A('Bahria Town', 'بحریہ ٹاؤن', '53720'),
    ],
    'karachi': [
        A('PECHS Block 6', 'پی ای سی ایچ ایس بلاک 6', '75400', ['P.E.C.H.S. Block 6', 'Block 6, PECHS', 'PECHS Blk-6']),
        A('Gulshan-e-Iqbal Block 13-D', 'گلشن اقبال بلاک 13 ڈی', '75300', ['Gulshan-e-Iqbal 13-D', 'Gulshan Block 13-D']),
        A('North Nazimabad Block H', 'نارتھ ناظم آباد بلاک ایچ', '74700', ['N. Nazimabad Block-H', 'North Nazimabad Blk H']),
        A('Clifton Block 5', 'کلفٹن بلاک 5', '75600', ['Block 5, Clifton', 'Clifton Blk-5']),
        A('DHA Phase 6', 'ڈی ایچ اے فیز 6', '75500', ['Defence Phase 6', 'DHA Ph-6']),
        A('Saddar', 'صدر', '74400', ['Sadar']), A('Korangi No. 5', 'کورنگی نمبر 5', '74900', ['Korangi 5']),
        A('Gulistan-e-Jauhar Block 15', 'گلستان جوہر بلاک 15', '75290', ['Gulistan-e-Johar Blk 15', 'Jauhar Block 15']),
        A('Nazimabad No. 3', 'ناظم آباد نمبر 3', '74600', ['Nazimabad 3']),
        A('Federal B Area Block 16', 'فیڈرل بی ایریا بلاک 16', '75950', ['F.B. Area Block 16', 'FB Area Blk 16']),
        A('Malir City', 'ملیر سٹی', '75080', ['Malir']), A('Bahadurabad', 'بہادر آباد', '74800'),
        A('Kharadar', 'کھارادر', '74000'), A('Orangi Town Sector 11', 'اورنگی ٹاؤن سیکٹر 11', '75800', ['Orangi Sector 11']),
    ],
    'islamabad': [
        A('G-9/2', 'G-9/2', '44090', ['G 9/2', 'Sector G-9/2', 'G9/2']), A('F-8/3', 'F-8/3', '44220', ['F 8/3', 'Sector F-8/3']),
        A('I-8/4', 'I-8/4', '44790', ['I 8/4', 'Sector I-8/4']), A('G-11/1', 'G-11/1', '44000', ['G 11/1', 'Sector G-11/1']),
        A('F-10/2', 'F-10/2', '44000', ['F 10/2', 'Sector F-10/2']), A('E-11/3', 'E-11/3', '44000', ['E 11/3']),
        A('G-6/1', 'G-6/1', '44000', ['G 6/1', 'Sector G-6/1']), A('I-10/2', 'I-10/2', '44800', ['I 10/2']),
        A('G-9 Markaz', 'جی 9 مرکز', '44090', ['G9 Markaz', 'Markaz G-9']), A('Blue Area', 'بلیو ایریا', '44000'),
    ],
    'rawalpindi': [
        A('Satellite Town', 'سیٹلائٹ ٹاؤن', '46300', ['Satelite Town']), A('Saddar', 'صدر', '46000', ['Sadar']),
        A('Committee Chowk', 'کمیٹی چوک', '46000'), A('Chaklala Scheme III', 'چکلالہ اسکیم 3', '46000', ['Chaklala Scheme 3']),
        A('Bahria Town Phase 7', 'بحریہ ٹاؤن فیز 7', '46220', ['Bahria Ph-7', 'Phase 7, Bahria Town']),
        A('Westridge', 'ویسٹریج', '46000'), A('Raja Bazar', 'راجہ بازار', '46000'), A('Dhok Kala Khan', 'ڈھوک کالا خان', '46000'),
    ],
    'faisalabad': [
        A('D Ground', 'ڈی گراؤنڈ', '38000', ['D-Ground']), A('Peoples Colony No. 1', 'پیپلز کالونی نمبر 1', '38000', ['Peoples Colony 1', "People's Colony No.1"]),
        A('Madina Town', 'مدینہ ٹاؤن', '38000'), A('Jinnah Colony', 'جناح کالونی', '38000'),
        A('Gulberg', 'گلبرگ', '38000'), A('Ghulam Muhammad Abad', 'غلام محمد آباد', '38000', ['G.M. Abad', 'Ghulam Muhammadabad']),
        A('Satellite Town', 'سیٹلائٹ ٹاؤن', '38000'), A('Samanabad', 'سمن آباد', '38000'),
    ],
    'multan': [
        A('Gulgasht Colony', 'گلگشت کالونی', '60000', ['Gulgasht']), A('Cantt', 'کینٹ', '60000'),
        A('Shah Rukn-e-Alam Colony', 'شاہ رکن عالم کالونی', '60000', ['Shah Rukn-e-Alam', 'SRA Colony']),
        A('New Multan', 'نیو ملتان', '60000'), A('Hussain Agahi', 'حسین آگاہی', '60000'), A('Mumtazabad', 'ممتاز آباد', '60000'),
    ],
    'peshawar': [
        A('Hayatabad Phase 3', 'حیات آباد فیز 3', '25100', ['Hayatabad Ph-3', 'Phase 3, Hayatabad']),
        A('University Town', 'یونیورسٹی ٹاؤن', '25000', ['Uni Town']), A('Saddar', 'صدر', '25000'),
        A('Gulbahar', 'گلبہار', '25000'), A('Dabgari Gardens', 'ڈبگری گارڈن', '25000', ['Dabgari Garden']),
        A('Qissa Khwani', 'قصہ خوانی', '25000'), A('Board Bazar', 'بورڈ بازار', '25000'),
    ],
    'gujranwala': [
        A('Satellite Town', 'سیٹلائٹ ٹاؤن', '52250'), A('Model Town', 'ماڈل ٹاؤن', '52250'),
        A('Civil Lines', 'سول لائنز', '52250'), A('Peoples Colony', 'پیپلز کالونی', '52250'),
    ],
    'sialkot': [A('Cantt', 'کینٹ', '51310'), A('Model Town', 'ماڈل ٹاؤن', '51310'), A('Rangpura', 'رنگپورہ', '51310')],
}
GENERIC_AREAS = [
    A('Civil Lines', 'سول لائنز'), A('Satellite Town', 'سیٹلائٹ ٹاؤن'), A('Model Town', 'ماڈل ٹاؤن'),
    A('Madina Colony', 'مدینہ کالونی'), A('Mohalla Islampura', 'محلہ اسلام پورہ', None, ['Islampura']),
    A('Mohalla Rehmanpura', 'محلہ رحمان پورہ', None, ['Rehmanpura']), A('Ghalla Mandi', 'غلہ منڈی', None, ['Ghala Mandi']),
    A('Jinnah Colony', 'جناح کالونی'), A('Gulshan Colony', 'گلشن کالونی'), A('Iqbal Town', 'اقبال ٹاؤن'),
    A('Officers Colony', 'آفیسرز کالونی'), A('Farooq Colony', 'فاروق کالونی'), A('Mohalla Qazian', 'محلہ قاضیاں'),
    A('Shadman Colony', 'شادمان کالونی'), A('Eidgah Road Area', 'عیدگاہ روڈ ایریا'),
]
CHAK_SUFFIX = {'faisalabad': ['RB', 'GB', 'JB'], 'okara': ['GD'], 'sahiwal': ['L'], 'sargodha': ['SB', 'NB'],
               'tobateksingh': ['GB', 'JB'], 'jhang': ['JB'], 'bahawalpur': ['DB', 'BC'], 'rahimyarkhan': ['P', 'NP']}
CHAK_U = {'RB': 'ر ب', 'GB': 'گ ب', 'JB': 'ج ب', 'GD': 'گ د', 'L': 'ایل', 'SB': 'ایس بی', 'NB': 'این بی',
          'DB': 'ڈی بی', 'BC': 'بی سی', 'P': 'پی', 'NP': 'این پی'}

ROADS = {
    'lahore': [('Main Boulevard', 'مین بلیوارڈ', ['Main Blvd', 'Main Boulevard Road']), ('Ferozepur Road', 'فیروزپور روڈ', ['Ferozpur Road', 'Ferozepur Rd']),
               ('Jail Road', 'جیل روڈ', ['Jail Rd']), ('Mall Road', 'مال روڈ', ['The Mall', 'Mall Rd']), ('Multan Road', 'ملتان روڈ', ['Multan Rd']),
               ('Canal Bank Road', 'کینال بینک روڈ', ['Canal Road']), ('Wahdat Road', 'وحدت روڈ', ['Wahdat Rd']), ('College Road', 'کالج روڈ', ['College Rd']),
               ('McLeod Road', 'میکلوڈ روڈ', ['Mcleod Rd']), ('Raiwind Road', 'رائیونڈ روڈ', ['Raiwind Rd'])],
    'karachi': [('Shahrah-e-Faisal', 'شاہراہ فیصل', ['Sharea Faisal', 'Shahra-e-Faisal']), ('Tariq Road', 'طارق روڈ', ['Tariq Rd']),
                ('University Road', 'یونیورسٹی روڈ', ['University Rd']), ('M.A. Jinnah Road', 'ایم اے جناح روڈ', ['MA Jinnah Rd', 'M A Jinnah Road']),
                ('Rashid Minhas Road', 'راشد منہاس روڈ', ['Rashid Minhas Rd']), ('Shaheed-e-Millat Road', 'شہید ملت روڈ', ['Shaheed-e-Millat Rd'])],
    'islamabad': [('Jinnah Avenue', 'جناح ایونیو', ['Jinnah Ave']), ('Khayaban-e-Iqbal', 'خیابان اقبال', ['Khayaban e Iqbal'])],
    'rawalpindi': [('Murree Road', 'مری روڈ', ['Murree Rd']), ('Peshawar Road', 'پشاور روڈ', ['Peshawar Rd']), ('Adamjee Road', 'آدم جی روڈ', ['Adamjee Rd'])],
    'faisalabad': [('Susan Road', 'سوسن روڈ', ['Susan Rd']), ('Jhang Road', 'جھنگ روڈ', ['Jhang Rd']), ('Satiana Road', 'ستیانہ روڈ', ['Satyana Road']),
                   ('Sargodha Road', 'سرگودھا روڈ', ['Sargodha Rd']), ('Kotwali Road', 'کوتوالی روڈ', ['Kotwali Rd'])],
    'multan': [('Bosan Road', 'بوسن روڈ', ['Bosan Rd']), ('Nishtar Road', 'نشتر روڈ', ['Nishtar Rd']), ('Vehari Road', 'وہاڑی روڈ', ['Vehari Rd'])],
    'peshawar': [('University Road', 'یونیورسٹی روڈ', ['University Rd']), ('Kohat Road', 'کوہاٹ روڈ', ['Kohat Rd']), ('Jamrud Road', 'جمرود روڈ', ['Jamrud Rd'])],
}
GENERIC_ROADS = [('Railway Road', 'ریلوے روڈ', ['Railway Rd']), ('Hospital Road', 'ہسپتال روڈ', ['Hospital Rd']),
                 ('College Road', 'کالج روڈ', ['College Rd']), ('Katchery Road', 'کچہری روڈ', ['Kachehri Road', 'Katchery Rd']),
                 ('Circular Road', 'سرکلر روڈ', ['Circular Rd']), ('GT Road', 'جی ٹی روڈ', ['G.T. Road', 'Grand Trunk Road']),
                 ('Church Road', 'چرچ روڈ', ['Church Rd']), ('Bank Road', 'بینک روڈ', ['Bank Rd']),
                 ('Jinnah Road', 'جناح روڈ', ['Jinnah Rd']), ('Liaquat Road', 'لیاقت روڈ', ['Liaqat Road']),
                 ('Allama Iqbal Road', 'علامہ اقبال روڈ', ['Iqbal Road']), ('Main Bazar', 'مین بازار', ['Main Bazaar']),
                 ('Sadar Bazar', 'صدر بازار', ['Saddar Bazaar']), ('Canal Road', 'کینال روڈ', ['Canal Rd'])]
BUILDINGS = [('Al-Hafeez Plaza', 'الحفیظ پلازہ', ['Al Hafeez Plaza']), ('Rehman Plaza', 'رحمان پلازہ', ['Rehman Plaza']),
             ('Madina Market', 'مدینہ مارکیٹ', ['Madina Mkt']), ('Hafeez Centre', 'حفیظ سنٹر', ['Hafeez Center']),
             ('Shan Arcade', 'شان آرکیڈ', ['Shaan Arcade']), ('Kashif Centre', 'کاشف سنٹر', ['Kashif Center']),
             ('Jinnah Market', 'جناح مارکیٹ', ['Jinnah Mkt']), ('Medicine Market', 'میڈیسن مارکیٹ', ['Medicine Mkt']),
             ('Al-Rehman Trade Centre', 'الرحمان ٹریڈ سنٹر', ['Al Rehman Trade Center']), ('City Tower', 'سٹی ٹاور', ['City Towers']),
             ('Gulf Plaza', 'گلف پلازہ', ['Gulf Plaza']), ('Haroon Centre', 'ہارون سنٹر', ['Haroon Center']),
             ('Noor Plaza', 'نور پلازہ', ['Noor Plaza']), ('Bismillah Plaza', 'بسم اللہ پلازہ', ['Bismillah Plaza']),
             ('Anwar Market', 'انور مارکیٹ', ['Anwar Mkt']), ('Siddique Trade Centre', 'صدیق ٹریڈ سنٹر', ['Siddique Trade Center']),
             ('Al-Fazal Complex', 'الفضل کمپلیکس', ['Al Fazal Complex']), ('Karim Plaza', 'کریم پلازہ', ['Kareem Plaza']),
             ('Mehran Heights', 'مہران ہائٹس', ['Mehran Hights']), ('Ghani Chambers', 'غنی چیمبرز', ['Ghani Chamber'])]
FLOORS = [('Ground Floor', 'گراؤنڈ فلور', ['G-Floor', 'Grd Floor']), ('First Floor', 'فرسٹ فلور', ['First Flr']),
          ('Basement', 'بیسمنٹ', ['Bsmt']), ('Mezzanine Floor', 'میزانائن فلور', ['Mezz. Floor']),
          ('Second Floor', 'سیکنڈ فلور', ['Second Flr'])]
LM_PREP = [('Near', 'نزد', ['Nr.', 'Nazd']), ('Opp.', 'بالمقابل', ['Opposite', 'Opp']), ('Behind', 'عقب', ['Back Side'])]
LM_PLACE = [('Jamia Masjid', 'جامع مسجد'), ('Civil Hospital', 'سول ہسپتال'), ('DHQ Hospital', 'ڈی ایچ کیو ہسپتال'),
            ('Railway Station', 'ریلوے اسٹیشن'), ('Bus Stand', 'بس اسٹینڈ'), ('Government High School', 'گورنمنٹ ہائی اسکول'),
            ('Police Station', 'تھانہ'), ('Ghanta Ghar', 'گھنٹہ گھر'), ('Eidgah', 'عیدگاہ'), ('Main Chowk', 'مین چوک'),
            ('Sabzi Mandi', 'سبزی منڈی'), ('Post Office', 'ڈاکخانہ'), ('Tehsil Office', 'تحصیل آفس'),
            ('Fawara Chowk', 'فوارہ چوک'), ('Darbar Sharif', 'دربار شریف')]
UNIT_FORMS = {
    'Shop': (['Shop No. {n}', 'Shop # {n}', 'Shop {n}', 'Shop No.{n}', 'Shop#{n}', 'Shop No {n}'], 'دکان نمبر {n}'),
    'House': (['House # {n}', 'House No. {n}', 'H# {n}', 'H.No. {n}', 'House {n}', 'H No {n}'], 'مکان نمبر {n}'),
    'Plot': (['Plot {n}', 'Plot No. {n}', 'Plot # {n}', 'Plot No.{n}'], 'پلاٹ نمبر {n}'),
    'Flat': (['Flat No. {n}', 'Flat # {n}', 'Flat {n}'], 'فلیٹ نمبر {n}'),
    'Office': (['Office No. {n}', 'Office # {n}', 'Office {n}', 'Off. {n}'], 'آفس نمبر {n}'),
    'Num': (['{n}'], '{n}'),
}
STREET_FORMS = ['Street {n}', 'St. {n}', 'Street No. {n}', 'St # {n}', 'Gali No. {n}', 'Gali {n}']
STREET_U = 'گلی نمبر {n}'

UK_AREAS = {'bradford': [('Manningham', 'BD8'), ('Leeds Road', 'BD3'), ('Great Horton', 'BD7'), ('Girlington', 'BD8')],
            'birmingham': [('Sparkbrook', 'B11'), ('Alum Rock', 'B8'), ('Small Heath', 'B10')],
            'manchester': [('Longsight', 'M13'), ('Cheetham Hill', 'M8'), ('Rusholme', 'M14')],
            'london': [('Ilford', 'IG1'), ('Southall', 'UB1'), ('Forest Gate', 'E7')]}
UK_ROADS = ['Leeds Road', 'Lumb Lane', 'Stratford Road', 'Ladypool Road', 'Wilmslow Road', 'Cheetham Hill Road',
            'Green Street', 'The Broadway', 'Great Horton Road', 'Coventry Road', 'Stockport Road', 'High Road']
UAE_AREAS = {'dubai': ['Al Karama', 'Deira', 'Bur Dubai', 'Al Qusais', 'Naif'], 'sharjah': ['Rolla', 'Al Nahda', 'Muwaileh'],
             'abudhabi': ['Musaffah', 'Hamdan Street', 'Al Khalidiya']}
UAE_BLDG = ['Karama Shopping Complex', 'Al Ghurair Building', 'Sheikh Rashid Building', 'Al Nahda Tower',
            'Bin Hamoodah Building', 'Al Attar Centre', 'Hamdan Plaza']

# ------------------------------------------------------------------ organisations
CORE_U = {
    'Al-Madina': 'المدینہ', 'Makkah': 'مکہ', 'Bismillah': 'بسم اللہ', 'Al-Shifa': 'الشفاء', 'Madni': 'مدنی',
    'Ghousia': 'غوثیہ', 'Al-Rehman': 'الرحمان', 'Al-Noor': 'النور', 'Al-Habib': 'الحبیب', 'Zam Zam': 'زم زم',
    'Al-Karim': 'الکریم', 'Al-Hamd': 'الحمد', 'Rehmat': 'رحمت', 'Fazal': 'فضل', 'Data': 'داتا', 'Haider': 'حیدر',
    'Hamza': 'حمزہ', 'Usman': 'عثمان', 'Bilal': 'بلال', 'Sadiq': 'صادق', 'Faisal': 'فیصل', 'Iqra': 'اقراء',
    'Tayyab': 'طیب', 'Noor': 'نور', 'Sheikh': 'شیخ', 'Butt': 'بٹ', 'Chaudhry': 'چوہدری', 'Mughal': 'مغل',
    'Punjab': 'پنجاب', 'Khyber': 'خیبر', 'Mehran': 'مہران', 'City': 'سٹی', 'New Life': 'نیو لائف',
    'Life Care': 'لائف کیئر', 'Friends': 'فرینڈز', 'Pak': 'پاک', 'Hilal': 'ہلال', 'Ibn-e-Sina': 'ابن سینا',
    'Al-Fazal': 'الفضل', 'Al-Mustafa': 'المصطفیٰ', 'Al-Hayat': 'الحیات', 'Shifa': 'شفاء', 'Sehat': 'صحت',
    'Raheem': 'رحیم', 'Ghani': 'غنی', 'Subhan': 'سبحان', 'Al-Qadir': 'القادر', 'Abdullah': 'عبداللہ',
    'Hussaini': 'حسینی', 'Kareem': 'کریم', 'Star': 'سٹار', 'Prime': 'پرائم', 'Rahat': 'راحت',
    'Malik': 'ملک', 'Rana': 'رانا', 'Qureshi': 'قریشی', 'Ansari': 'انصاری', 'Awan': 'اعوان', 'Bhatti': 'بھٹی',
    'Haji Ilyas': 'حاجی الیاس', 'Rafiq': 'رفیق', 'Nawaz': 'نواز', 'Indus': 'انڈس', 'Ravi': 'راوی',
    'Chenab': 'چناب', 'Jhelum': 'جہلم', 'Margalla': 'مارگلہ', 'Shalimar': 'شالیمار', 'Sindh': 'سندھ',
    'Sunrise': 'سن رائز', 'Crown': 'کراؤن', 'Royal': 'رائل', 'Unique': 'یونیک', 'United': 'یونائیٹڈ',
    'Ittehad': 'اتحاد', 'Pioneer': 'پائنیر', 'Global': 'گلوبل', 'Orient': 'اورینٹ', 'Galaxy': 'گلیکسی',
    'Unity': 'یونٹی', 'Alpha': 'الفا', 'MediLink': 'میڈی لنک', 'CarePlus': 'کیئر پلس', 'Healix': 'ہیلکس',
    'Medix': 'میڈکس', 'Mehboob': 'محبوب', 'Frontier': 'فرنٹیئر', 'Taj': 'تاج', 'Hayat': 'حیات', 'Asia': 'ایشیا',
    'Zaitoon': 'زیتون', 'Gulzar': 'گلزار', 'Fatima': 'فاطمہ', 'Ayesha': 'عائشہ', 'Zainab': 'زینب',
    'Mumtaz': 'ممتاز', 'Akhtar': 'اختر', 'Saeed': 'سعید', 'Farooq': 'فاروق', 'Family': 'فیملی',
    'Life Line': 'لائف لائن', 'Surayya': 'ثریا', 'Bashir': 'بشیر', 'Rasheed': 'رشید', 'Naseer': 'نصیر',
    'Al-Khair': 'الخیر', 'Iqbal': 'اقبال', 'Madina': 'مدینہ', 'Falah': 'فلاح', 'Umeed': 'امید',
    'Roshni': 'روشنی', 'Sukoon': 'سکون', 'Ghulam Rasool': 'غلام رسول', 'Noor-ul-Huda': 'نور الہدیٰ',
    'Fazal-e-Rabbi': 'فضل ربی', 'Haji Rafiq': 'حاجی رفیق', 'Khidmat-e-Khalq': 'خدمت خلق',
    'Insaniyat': 'انسانیت', 'Baab-ul-Ilm': 'باب العلم', 'MediPlus': 'میڈی پلس', 'CureWell': 'کیور ویل',
    'Sehat Plus': 'صحت پلس', 'HealthHub': 'ہیلتھ ہب', 'Care Point': 'کیئر پوائنٹ', 'Nayab': 'نایاب',
    'Apna': 'اپنا', 'Dawa Ghar': 'دوا گھر', 'Wellness': 'ویلنس', 'MedZone': 'میڈ زون', 'Shifa Care': 'شفاء کیئر',
    'Green Leaf': 'گرین لیف', 'Hashmi': 'ہاشمی', 'Siddiqui': 'صدیقی', 'Memon': 'میمن', 'Gillani': 'گیلانی',
    'Nishat': 'نشاط', 'Sitara': 'ستارہ', 'Kausar': 'کوثر', 'Tariq': 'طارق', 'Anwar': 'انور', 'Aslam': 'اسلم',
    'Yasin': 'یٰسین', 'Taha': 'طٰہٰ', 'Al-Aziz': 'العزیز', 'Al-Syed': 'السید', 'Mian': 'میاں',
}
PHARM_CORES = [('Al-Madina', 9), ('Makkah', 5), ('Bismillah', 7), ('Al-Shifa', 7), ('Madni', 4), ('Ghousia', 3),
               ('Al-Rehman', 4), ('Al-Noor', 4), ('Al-Habib', 3), ('Zam Zam', 3), ('Al-Karim', 2), ('Al-Hamd', 2),
               ('Rehmat', 2), ('Fazal', 2), ('Data', 2), ('Haider', 2), ('Hamza', 2), ('Usman', 2), ('Bilal', 2),
               ('Sadiq', 2), ('Faisal', 2), ('Iqra', 1), ('Tayyab', 2), ('Noor', 2), ('Sheikh', 2), ('Butt', 2),
               ('Chaudhry', 1), ('Mughal', 2), ('Punjab', 1), ('Khyber', 1), ('Mehran', 1), ('City', 2),
               ('New Life', 1), ('Life Care', 1), ('Friends', 1), ('Pak', 2), ('Hilal', 1), ('Ibn-e-Sina', 1),
               ('Al-Fazal', 1), ('Al-Mustafa', 2), ('Al-Hayat', 1), ('Shifa', 2), ('Sehat', 2), ('Raheem', 1),
               ('Ghani', 1), ('Subhan', 1), ('Al-Qadir', 1), ('Abdullah', 1), ('Hussaini', 1), ('Kareem', 1),
               ('Star', 1), ('Prime', 1), ('Rahat', 1), ('Nishat', 1), ('Sitara', 1), ('Kausar', 1),
               ('Yasin', 1), ('Taha', 1), ('Al-Aziz', 1), ('Green Leaf', 1)]
PHARM_TRADES = [('Medical Store', 10), ('Pharmacy', 6), ('Chemists', 3), ('Medicos', 3), ('Medical Hall', 2),
                ('Medical Complex', 1)]
DIST_CORES = [('Butt', 2), ('Sheikh', 2), ('Malik', 2), ('Rana', 2), ('Qureshi', 2), ('Ansari', 1), ('Mughal', 1),
              ('Awan', 1), ('Bhatti', 1), ('Haji Ilyas', 1), ('Rafiq', 1), ('Nawaz', 1), ('Indus', 1), ('Ravi', 1),
              ('Chenab', 1), ('Jhelum', 1), ('Khyber', 1), ('Mehran', 1), ('Margalla', 1), ('Shalimar', 1),
              ('Punjab', 1), ('Sindh', 1), ('Pak', 1), ('Sunrise', 1), ('Star', 1), ('Prime', 1), ('Crown', 1),
              ('Royal', 1), ('Unique', 1), ('United', 1), ('Friends', 1), ('Al-Madina', 2), ('Bismillah', 2),
              ('Makkah', 1), ('Al-Rehman', 1), ('Al-Noor', 1), ('Zam Zam', 1), ('Hilal', 1), ('Noor', 1),
              ('Iqbal', 1), ('Ittehad', 1), ('Pioneer', 1), ('Global', 1), ('Orient', 1), ('Galaxy', 1),
              ('Unity', 1), ('Alpha', 1), ('MediLink', 1), ('CarePlus', 1), ('Healix', 1), ('Medix', 1),
              ('Mehboob', 1), ('Frontier', 1), ('Taj', 1), ('Hayat', 1), ('Asia', 1), ('Zaitoon', 1), ('Gulzar', 1),
              ('Hashmi', 1), ('Siddiqui', 1), ('Memon', 1), ('Gillani', 1), ('Tariq', 1), ('Anwar', 1), ('Aslam', 1)]
# (trade, legal)
DIST_FORMS = [(('Traders', None), 8), (('Enterprises', None), 5), ((None, '& Co.'), 4), ((None, '& Sons'), 4),
              (('Distributors', None), 5), (('Pharma Distributors', None), 3), (('Surgical Traders', None), 3),
              (('Surgical Co.', None), 2), (('Medical Agencies', None), 2), (('Trading Company', None), 2),
              (('Hygiene Products', None), 1), (('Pharma', '(Pvt.) Ltd.'), 3), (('Healthcare', '(SMC-Pvt) Ltd'), 2),
              (('Surgical', '(Pvt.) Ltd.'), 2), (('Pharma', 'Private Limited'), 1), (('Enterprises', '(SMC-Pvt) Ltd'), 1),
              ((None, '& Brothers'), 2)]
HOSP_CORES = [('Rehmat', 2), ('Fatima', 2), ('Ayesha', 1), ('Zainab', 1), ('Mumtaz', 1), ('Akhtar', 1), ('Saeed', 1),
              ('Farooq', 1), ('Hayat', 1), ('Family', 2), ('Life Line', 1), ('Surayya', 1), ('Bashir', 1),
              ('Rasheed', 1), ('Naseer', 1), ('Al-Khair', 1), ('Iqbal', 1), ('Awan', 1), ('Madina', 2), ('Makkah', 1),
              ('Al-Shifa', 3), ('Al-Noor', 2), ('City', 2), ('Hamza', 1), ('Sadiq', 1), ('Al-Mustafa', 1),
              ('Bismillah', 1), ('Al-Madina', 1), ('Hilal', 1), ('Ghani', 1)]
HOSP_TRADES = [('Hospital', 5), ('Medical Centre', 3), ('Clinic', 4), ('Maternity Home', 2), ('Diagnostic Centre', 2),
               ('Laboratory', 2), ('Eye Hospital', 1), ('Children Hospital', 1), ('Dental Clinic', 1),
               ('General Hospital', 1)]
TRUST_CORES = [('Falah', 1), ('Umeed', 1), ('Roshni', 1), ('Sukoon', 1), ('Rehmat', 1), ('Ghulam Rasool', 1),
               ('Noor-ul-Huda', 1), ('Fazal-e-Rabbi', 1), ('Haji Rafiq', 1), ('Al-Mustafa', 1), ('Madina', 1),
               ('Khidmat-e-Khalq', 1), ('Insaniyat', 1), ('Baab-ul-Ilm', 1), ('Al-Shifa', 1), ('Bismillah', 1)]
TRUST_TRADES = [('Welfare Trust', 4), ('Foundation', 3), ('Welfare Society', 2), ('Trust Hospital', 2), ('Free Dispensary', 2)]
OTHER_TRADES = ['General Store', 'Karyana Store', 'Homeopathic Store', 'Optical Centre', 'Cosmetics', 'Surgical Store',
                'Herbal Dawakhana', 'Clinic', 'Laboratory', 'Dental Clinic', 'Surgical Traders']
TRADE_FORMS = {
    'Medical Store': (['Medical Store', 'Medical Stores', 'Med. Store', 'Med Store'], ['Medicos', 'M/Store']),
    'Pharmacy': (['Pharmacy'], ['Pharma', 'Pharmacy & Medical Store']),
    'Chemists': (['Chemists', 'Chemist', 'Chemists & Druggists'], ['Chemist & Druggist']),
    'Medicos': (['Medicos', 'Medicose'], ['Medical Store']),
    'Medical Hall': (['Medical Hall', 'Med. Hall'], ['Medical Store']),
    'Medical Complex': (['Medical Complex', 'Med. Complex'], ['Medical Store']),
    'Traders': (['Traders', 'Trader'], ['Trading']),
    'Enterprises': (['Enterprises', 'Enterprise'], ['Ent.']),
    'Distributors': (['Distributors', 'Distributor'], ['Distributers', 'Distt.']),
    'Pharma Distributors': (['Pharma Distributors', 'Pharma Distributor'], ['Pharma Distt.']),
    'Surgical Traders': (['Surgical Traders', 'Surgical Trader'], ['Surgicals']),
    'Surgical Co.': (['Surgical Co.', 'Surgical Company', 'Surgical Co'], ['Surgical']),
    'Medical Agencies': (['Medical Agencies', 'Medical Agency'], ['Med. Agencies']),
    'Trading Company': (['Trading Company', 'Trading Co.', 'Trading Co'], ['Trading']),
    'Hygiene Products': (['Hygiene Products', 'Hygienic Products'], ['Hygiene Prod.']),
    'Pharma': (['Pharma'], ['Pharmaceuticals']), 'Healthcare': (['Healthcare', 'Health Care'], ['Health']),
    'Surgical': (['Surgical'], ['Surgicals']), 'Hospital': (['Hospital'], ['Hosp.']),
    'Medical Centre': (['Medical Centre', 'Medical Center'], ['Med. Centre']), 'Clinic': (['Clinic'], ['Clinik']),
    'Maternity Home': (['Maternity Home'], ['Maternity Clinic']),
    'Diagnostic Centre': (['Diagnostic Centre', 'Diagnostic Center'], ['Diagnostics']),
    'Laboratory': (['Laboratory', 'Laboratories'], ['Lab']), 'Eye Hospital': (['Eye Hospital'], ['Eye Hosp.']),
    'Children Hospital': (['Children Hospital', "Children's Hospital"], ['Child Hospital']),
    'Dental Clinic': (['Dental Clinic'], ['Dental Care']), 'General Hospital': (['General Hospital'], ['Gen. Hospital']),
    'Welfare Trust': (['Welfare Trust', 'Welfare Trust (Regd.)'], ['Trust']),
    'Foundation': (['Foundation', 'Foundation (Regd)'], ['Fdn.']),
    'Welfare Society': (['Welfare Society', 'Welfare Society (Regd.)'], ['Welfare Soc.']),
    'Trust Hospital': (['Trust Hospital'], ['Trust Hosp.']), 'Free Dispensary': (['Free Dispensary'], ['Dispensary']),
    'General Store': (['General Store'], ['Gen. Store']), 'Karyana Store': (['Karyana Store', 'Kiryana Store'], ['Karyana']),
    'Homeopathic Store': (['Homeopathic Store', 'Homoeopathic Store'], ['Homeo Store']),
    'Optical Centre': (['Optical Centre', 'Optical Center'], ['Opticals']), 'Cosmetics': (['Cosmetics'], ['Cosmetic']),
    'Surgical Store': (['Surgical Store'], ['Surgical']), 'Herbal Dawakhana': (['Herbal Dawakhana'], ['Dawakhana']),
}
TRADE_U = {'Medical Store': 'میڈیکل اسٹور', 'Pharmacy': 'فارمیسی', 'Chemists': 'کیمسٹ', 'Medicos': 'میڈیکوز',
           'Medical Hall': 'میڈیکل ہال', 'Medical Complex': 'میڈیکل کمپلیکس', 'Traders': 'ٹریڈرز',
           'Enterprises': 'انٹرپرائزز', 'Distributors': 'ڈسٹری بیوٹرز', 'Pharma Distributors': 'فارما ڈسٹری بیوٹرز',
           'Surgical Traders': 'سرجیکل ٹریڈرز', 'Surgical Co.': 'سرجیکل کمپنی', 'Medical Agencies': 'میڈیکل ایجنسیز',
           'Trading Company': 'ٹریڈنگ کمپنی', 'Hygiene Products': 'ہائیجین پراڈکٹس', 'Pharma': 'فارما',
           'Healthcare': 'ہیلتھ کیئر', 'Surgical': 'سرجیکل', 'Hospital': 'ہسپتال', 'Medical Centre': 'میڈیکل سینٹر',
           'Clinic': 'کلینک', 'Maternity Home': 'میٹرنٹی ہوم', 'Diagnostic Centre': 'ڈائیگنوسٹک سینٹر',
           'Laboratory': 'لیبارٹری', 'Eye Hospital': 'آئی ہسپتال', 'Children Hospital': 'چلڈرن ہسپتال',
           'Dental Clinic': 'ڈینٹل کلینک', 'General Hospital': 'جنرل ہسپتال', 'Welfare Trust': 'ویلفیئر ٹرسٹ',
           'Foundation': 'فاؤنڈیشن', 'Welfare Society': 'ویلفیئر سوسائٹی', 'Trust Hospital': 'ٹرسٹ ہسپتال',
           'Free Dispensary': 'فری ڈسپنسری', 'General Store': 'جنرل اسٹور', 'Karyana Store': 'کریانہ اسٹور',
           'Homeopathic Store': 'ہومیوپیتھک اسٹور', 'Optical Centre': 'آپٹیکل سینٹر', 'Cosmetics': 'کاسمیٹکس',
           'Surgical Store': 'سرجیکل اسٹور', 'Herbal Dawakhana': 'ہربل دواخانہ'}
LEGAL_FORMS = {
    '(Pvt.) Ltd.': ['(Pvt.) Ltd.', '(Pvt) Ltd', 'Pvt. Ltd.', 'Pvt Ltd', '(Private) Limited', 'Private Limited'],
    'Private Limited': ['Private Limited', '(Pvt.) Ltd.', '(Private) Limited', 'Pvt. Ltd.', 'Pvt Ltd'],
    '(SMC-Pvt) Ltd': ['(SMC-Pvt) Ltd', '(SMC-Pvt.) Ltd.', 'SMC-Private Limited', 'SMC Pvt Ltd', '(SMC-Private) Limited'],
    '& Co.': ['& Co.', '& Co', '& Company', 'and Co.'], '& Sons': ['& Sons', 'and Sons', '& Son'],
    '& Brothers': ['& Brothers', '& Bros.', 'Brothers'],
}
DROPPABLE_LEGAL = ('(Pvt.) Ltd.', 'Private Limited', '(SMC-Pvt) Ltd')
LEGAL_U = {'(Pvt.) Ltd.': '(پرائیویٹ) لمیٹڈ', 'Private Limited': 'پرائیویٹ لمیٹڈ',
           '(SMC-Pvt) Ltd': '(ایس ایم سی پرائیویٹ) لمیٹڈ', '& Co.': 'اینڈ کمپنی', '& Sons': 'اینڈ سنز',
           '& Brothers': 'اینڈ برادرز'}
CHAINS = [('MediPlus', 'Pharmacy', 'lahore'), ('CureWell', 'Pharmacy', 'lahore'), ('Rahat', 'Chemists', 'lahore'),
          ('Sehat Plus', 'Pharmacy', 'karachi'), ('HealthHub', 'Pharmacy', 'karachi'), ('Care Point', 'Pharmacy', 'islamabad'),
          ('Nayab', 'Medicos', 'rawalpindi'), ('Apna', 'Pharmacy', 'faisalabad'), ('Dawa Ghar', 'Pharmacy', 'multan'),
          ('Al-Shifa', 'Pharmacy', 'lahore'), ('Wellness', 'Chemists', 'karachi'), ('MedZone', 'Pharmacy', 'peshawar'),
          ('Shifa Care', 'Pharmacy', 'islamabad'), ('Green Leaf', 'Pharmacy', 'lahore')]
GROUPS = ['Sheikh', 'Hilal', 'Ravi', 'Khyber', 'Butt', 'Qureshi', 'Noor', 'Crown', 'Indus', 'Sunrise', 'Malik',
          'Rana', 'Ittehad', 'Margalla']
GROUP_FIRMS = [('Pharma', '(Pvt.) Ltd.'), ('Surgical Traders', None), ('Hygiene Products', None),
               ('Distributors', None), ('Healthcare', '(SMC-Pvt) Ltd'), (None, '& Sons'), ('Enterprises', None),
               ('Medical Store', None), ('Trading Company', None)]
DEPTS = [('Medical Superintendent Office', 'میڈیکل سپرنٹنڈنٹ آفس', ['MS Office']),
         ('Pathology Lab', 'پیتھالوجی لیب', ['Path Lab', 'Pathology Department']),
         ('Surgical Ward', 'سرجیکل وارڈ', ['Surgery Ward']), ('Emergency Department', 'ایمرجنسی', ['Emergency', 'A&E']),
         ('Gynae & Obs Ward', 'گائنی وارڈ', ['Gynae Ward', 'Gynaecology Ward']),
         ('Medicine Store', 'میڈیسن اسٹور', ['Medicine Stores', 'Dispensary Store']),
         ('Eye Ward', 'آئی وارڈ', ['Eye Department']), ('Dental Unit', 'ڈینٹل یونٹ', ['Dental Department']),
         ('Dialysis Unit', 'ڈائیلاسز یونٹ', ['Dialysis Centre']), ('Children Ward', 'چلڈرن وارڈ', ['Paeds Ward']),
         ('Operation Theatre', 'آپریشن تھیٹر', ['OT']), ('Blood Bank', 'بلڈ بینک', ['Blood Bank Dept']),
         ('Radiology Department', 'ریڈیالوجی', ['X-Ray Department'])]
GOVT_FAC = [('DHQ', 'sahiwal'), ('DHQ', 'okara'), ('DHQ', 'kasur'), ('DHQ', 'sheikhupura'), ('DHQ', 'jhang'),
            ('DHQ', 'sargodha'), ('DHQ', 'gujrat'), ('DHQ', 'mardan'), ('DHQ', 'tobateksingh'), ('THQ', 'kamoke'),
            ('THQ', 'muridke'), ('DHQ', 'chiniot'), ('DHQ', 'dikhan')]
FAC_FORMS = {'DHQ': ['DHQ Hospital {c}', 'District Headquarters Hospital {c}', 'D.H.Q. Hospital {c}', 'DHQ {c}'],
             'THQ': ['THQ Hospital {c}', 'Tehsil Headquarters Hospital {c}', 'T.H.Q. Hospital {c}', 'THQ {c}']}
FAC_U = {'DHQ': 'ڈی ایچ کیو ہسپتال', 'THQ': 'ٹی ایچ کیو ہسپتال'}
SMALL_TOWNS = [('Sharaqpur', 'شرقپور', 'sheikhupura'), ('Pattoki', 'پتوکی', 'kasur'), ('Renala Khurd', 'رینالہ خورد', 'okara'),
               ('Jaranwala', 'جڑانوالہ', 'faisalabad'), ('Chichawatni', 'چیچہ وطنی', 'sahiwal'), ('Daska', 'ڈسکہ', 'sialkot'),
               ('Wazirabad', 'وزیرآباد', 'gujranwala'), ('Hasilpur', 'حاصل پور', 'bahawalpur'), ('Khanpur', 'خانپور', 'rahimyarkhan'),
               ('Bhalwal', 'بھلوال', 'sargodha'), ('Kabirwala', 'کبیروالا', 'multan'), ('Gojra', 'گوجرہ', 'tobateksingh'),
               ('Shorkot', 'شورکوٹ', 'jhang'), ('Kharian', 'کھاریاں', 'gujrat')]
AGENT_NAMES = [('Imran', 'Tax Consultants'), ('Rehman', '& Associates'), ('Zafar', 'Accounting Services'),
               ('Nadeem', 'Tax Advisors'), ('Kashif', '& Co. Accountants'), ('Bashir', 'Consultants'),
               ('Yasir', 'Book Keeping'), ('Farooq', 'Tax Bar Services'), ('Shakeel', '& Partners'),
               ('Arshad', 'Accounts Office'), ('Hanif', 'Tax House')]

# ------------------------------------------------------------------ registries
EIDS = set()
PHONES = []
PHONE_KEYS = set()
EMAILS = []
EMAIL_KEYS = set()
ADDRS = []
ADDR_SIG = {}
DOMAINS = set()
MOB_PREFIX = ['300', '301', '302', '303', '304', '305', '306', '307', '308', '309', '310', '311', '312', '313',
              '314', '315', '320', '321', '322', '323', '324', '331', '332', '333', '334', '335', '336', '340',
              '341', '342', '343', '344', '345', '346', '347', '348', '355']


def new_eid():
    while True:
        e = 'c%07x' % R.getrandbits(28)
        if e not in EIDS:
            EIDS.add(e)
            return e


def digits(n):
    return ''.join(str(R.randrange(10)) for _ in range(n))


def phone_nat_key(ph):
    return ph['num'] if ph['kind'] == 'uan' else ph['area'] + ph['num']


def reg_phone(ph):
    key = (ph['cc'], phone_nat_key(ph))
    if key in PHONE_KEYS:
        return None
    PHONE_KEYS.add(key)
    ph['id'] = len(PHONES)
    PHONES.append(ph)
    return ph['id']


def new_mobile(cc='PK'):
    while True:
        if cc == 'PK':
            ph = {'cc': '92', 'kind': 'mob', 'area': ch(MOB_PREFIX), 'num': digits(7)}
        elif cc == 'AE':
            ph = {'cc': '971', 'kind': 'mob', 'area': ch(['50', '52', '55', '56']), 'num': digits(7)}
        else:
            ph = {'cc': '44', 'kind': 'mob', 'area': '7' + ch(['4', '5', '7', '8', '9']) + digits(2), 'num': digits(6)}
        i = reg_phone(ph)
        if i is not None:
            return i


def new_landline(city):
    c = CITY[city]
    while True:
        if c['cc'] == 'PK':
            area, n, first = c['tel']
            ph = {'cc': '92', 'kind': 'land', 'area': area, 'num': first + digits(n - 1)}
        elif c['cc'] == 'AE':
            ph = {'cc': '971', 'kind': 'land', 'area': {'dubai': '4', 'sharjah': '6', 'abudhabi': '2'}[city],
                  'num': ch('23') + digits(6)}
        else:
            area, n = {'bradford': ('1274', 6), 'birmingham': ('121', 7), 'manchester': ('161', 7),
                       'london': ('20', 8)}[city]
            ph = {'cc': '44', 'kind': 'land', 'area': area, 'num': ch('2345678') + digits(n - 1)}
        i = reg_phone(ph)
        if i is not None:
            return i


def new_uan(city):
    area = CITY[city]['tel'][0] if CITY[city]['cc'] == 'PK' else '42'
    while True:
        ph = {'cc': '92', 'kind': 'uan', 'area': area, 'num': '111' + digits(6)}
        i = reg_phone(ph)
        if i is not None:
            return i


def phone_digit_off(pid):
    ph = PHONES[pid]
    while True:
        num = list(ph['num'])
        k = R.randrange(3 if ph['kind'] == 'uan' else 1, len(num))
        d = str((int(num[k]) + ch([1, 2, 9, 8, 5])) % 10)
        if R.random() < 0.4 and k + 1 < len(num) and num[k] != num[k + 1]:
            num[k], num[k + 1] = num[k + 1], num[k]
        else:
            num[k] = d
        q = dict(ph)
        q.pop('id', None)
        q['num'] = ''.join(num)
        i = reg_phone(q)
        if i is not None:
            return i


def email_key(e):
    e = e.strip().lower()
    local, _, dom = e.partition('@')
    if dom in ('gmail.com', 'googlemail.com'):
        local = local.split('+')[0].replace('.', '')
        dom = 'gmail.com'
    return local + '@' + dom


def reg_email(e):
    k = email_key(e)
    if k in EMAIL_KEYS:
        return None
    EMAIL_KEYS.add(k)
    EMAILS.append(e)
    return len(EMAILS) - 1


def free_domain(base, tlds):
    for k in range(50):
        tld = ch(tlds)
        d = base + ('' if k == 0 else ch(['-pk', 'pk', str(R.randint(1, 99)), 'group', 'online'])) + tld
        if d not in DOMAINS:
            DOMAINS.add(d)
            return d
    raise RuntimeError('domain')


PERSONAL_DOMAINS_PK = [('gmail.com', 62), ('yahoo.com', 18), ('hotmail.com', 12), ('outlook.com', 5), ('live.com', 3)]
PERSONAL_DOMAINS_GB = [('gmail.com', 40), ('hotmail.co.uk', 30), ('yahoo.co.uk', 20), ('outlook.com', 10)]


def email_with(local_opts, dom_pairs):
    for _ in range(60):
        local = ch(local_opts)
        if p(0.35):
            local += str(R.randint(1, 99))
        i = reg_email(local + '@' + wch(dom_pairs))
        if i is not None:
            return i
    while True:
        i = reg_email(ch(local_opts) + digits(4) + '@' + wch(dom_pairs))
        if i is not None:
            return i


# ------------------------------------------------------------------ addresses
ROMAN = {'ii': '2', 'iii': '3', 'iv': '4'}


def norm_digits_text(t):
    out = []
    for c in t:
        o = ord(c)
        if 0x06F0 <= o <= 0x06F9:
            out.append(chr(48 + o - 0x06F0))
        elif 0x0660 <= o <= 0x0669:
            out.append(chr(48 + o - 0x0660))
        else:
            out.append(c)
    return ''.join(out)


def text_digits(t):
    t = norm_digits_text(t or '')
    ds = [str(int(d)) for d in re.findall(r'\d+', t)]
    for m in re.findall(r'(?<![A-Za-z])(iii|ii|iv)(?![A-Za-z])', t, re.I):
        ds.append(ROMAN[m.lower()])
    return tuple(sorted(ds))


ABBR = {'rd': 'road', 'opp': 'opposite', 'nr': 'near', 'st': 'street', 'hosp': 'hospital', 'govt': 'government',
        'blvd': 'boulevard', 'mkt': 'market'}
ADDR_STOP = ('near', 'opposite', 'behind', 'back', 'side', 'no', 'the', 'and', 'of', 'nazd')


def addr_words(t):
    ws = []
    for w in re.findall(r'[a-z]+', (t or '').lower()):
        w = ABBR.get(w, w)
        if w not in ADDR_STOP and w not in ws:
            ws.append(w)
    return sorted(ws)


def shop_no():
    n = str(R.randint(1, 64))
    return n + ch(['-A', '-B', '-C']) if p(0.08) else n


def house_no(city):
    n = R.randint(1, 999)
    if city == 'karachi' and p(0.4):
        return ch('ABCRLX') + '-' + str(n)
    if p(0.15):
        return '%d-%s' % (n, ch('ABCDEF'))
    return str(n)


def road_no():
    n = str(R.randint(1, 180))
    return n + ch(['-A', '-B', '-C', '-E']) if p(0.25) else n


def make_address(city, style, area=None, template=None, chak=None):
    c = CITY[city]
    for _ in range(500):
        a = {'city': city, 'cc': c['cc'], 'style': style, 'unit': None, 'floor': None, 'bldg': None,
             'street': None, 'road': None, 'road_no': None, 'lm': None, 'area': None, 'chak': None, 'pc': None}
        if template is not None:
            a = dict(ADDRS[template])
            a.pop('id', None)
            a['unit'] = ('Shop', shop_no())
        elif c['cc'] == 'GB':
            area, pfx = ch(UK_AREAS[city])
            a['unit'] = ('Num', str(R.randint(1, 420)))
            a['road'] = (ch(UK_ROADS), None, [])
            a['area'] = A(area, None)
            a['pc'] = '%s %d%s%s' % (pfx, R.randint(1, 9), ch('ABDEFGHJLNPQRSTUWXYZ'), ch('ABDEFGHJLNPQRSTUWXYZ'))
        elif c['cc'] == 'AE':
            a['unit'] = ('Flat' if style == 'house' else ch(['Shop', 'Office']), str(R.randint(1, 30) if p(0.5) else R.randint(101, 1409)))
            b = ch(UAE_BLDG)
            a['bldg'] = -1
            a['uae_bldg'] = b
            a['area'] = A(ch(UAE_AREAS[city]), None)
            a['pc'] = 'P.O. Box %d' % R.randint(1000, 99999)
        else:
            areas = AREAS.get(city, GENERIC_AREAS)
            roads = ROADS.get(city, []) + GENERIC_ROADS
            if style == 'village' and city not in CHAK_SUFFIX:
                style = 'shop'
            if style == 'shop':
                a['unit'] = ('Shop', shop_no())
                if p(0.5):
                    a['bldg'] = R.randrange(len(BUILDINGS))
                    if p(0.6):
                        a['floor'] = R.randrange(len(FLOORS))
                if p(0.75):
                    a['road'] = ch(roads)
                    a['road_no'] = road_no()
                else:
                    a['street'] = str(R.randint(1, 30))
                if p(0.2):
                    a['lm'] = (R.randrange(len(LM_PREP)), R.randrange(len(LM_PLACE)))
                if p(0.85) or a['road'] is None or area is not None:
                    a['area'] = area or ch(areas)
            elif style == 'house':
                a['unit'] = ('House', house_no(city))
                if city == 'islamabad' or p(0.85):
                    a['street'] = str(R.randint(1, 45))
                a['area'] = ch(areas)
                if p(0.08):
                    a['lm'] = (R.randrange(len(LM_PREP)), R.randrange(len(LM_PLACE)))
            elif style == 'plot':
                a['unit'] = ('Plot', (str(R.randint(1, 250)) + '-' + ch('ABCDEFG')) if p(0.5) else str(R.randint(1, 400)))
                if p(0.5):
                    a['road'] = ch(roads)
                else:
                    a['street'] = str(R.randint(1, 30))
                a['area'] = ch(areas)
            elif style == 'office':
                a['unit'] = ('Office', str(R.randint(1, 30)) if p(0.6) else str(R.randint(101, 512)))
                a['floor'] = R.randrange(len(FLOORS))
                a['bldg'] = R.randrange(len(BUILDINGS))
                a['road'] = ch(roads)
                a['road_no'] = road_no()
                if p(0.8):
                    a['area'] = ch(areas)
            elif style == 'village':
                suf = ch(CHAK_SUFFIX[city])
                if chak is not None:
                    a['chak'] = chak
                elif suf == 'L':
                    n = '%d/%d' % (R.randint(1, 150), R.randint(5, 14))
                    a['chak'] = (n, suf, '-')
                else:
                    a['chak'] = (str(R.randint(1, 650)), suf, '/')
                if p(0.4) and chak is None:
                    a['unit'] = ('Shop', shop_no())
                if p(0.5):
                    a['road'] = ('Main Bazar', 'مین بازار', ['Main Bazaar'])
                if p(0.6):
                    a['lm'] = (R.randrange(len(LM_PREP)), R.randrange(len(LM_PLACE)))
            elif style == 'hospital':
                a['road'] = ch([r for r in GENERIC_ROADS if r[0].endswith('Road') and not r[0].startswith('GT')])
                a['area'] = ch([x for x in GENERIC_AREAS if not x['v']])
            a['pc'] = (a['area'] or {}).get('pc') or (c['pc'] if style != 'village' else None)
        full = render_address(a, base_addr_opts(a))
        ds = text_digits((full['line1'] or '') + ' ' + (full['line2'] or ''))
        if ds:
            sig = (city, 'D') + ds
        else:
            sig = (city, 'W') + tuple(addr_words((full['line1'] or '') + ' ' + (full['line2'] or '')))
        a['digitless'] = not ds
        if sig in ADDR_SIG:
            continue
        a['id'] = len(ADDRS)
        ADDR_SIG[sig] = a['id']
        ADDRS.append(a)
        return a['id']
    raise RuntimeError('address space exhausted for %s' % city)


def base_addr_opts(a):
    return {'a_script': 'latin', 'a_case': 'title', 'unit': 0, 'street': 0, 'rno': 0, 'floor': True, 'floor_f': 0,
            'bldg': True, 'bldg_f': 0, 'lm': True, 'lm_f': 0, 'road': 0, 'area': 0, 'split': 'std', 'sep': ', ',
            'city': ('std',), 'region': None, 'postal': False, 'country': None, 'trunc': False, 'a_udig': False}


def form(lst, i):
    return lst[i % len(lst)]


def render_address(a, o):
    """Render an address dict with options o -> QuickBooks address object."""
    c = CITY[a['city']]
    urdu = o['a_script'] == 'urdu' and c['cc'] == 'PK' and not a.get('digitless')
    comps = []
    if urdu:
        if a['unit']:
            comps.append(UNIT_FORMS[a['unit'][0]][1].format(n=a['unit'][1]))
        if a['floor'] is not None and o['floor']:
            comps.append(FLOORS[a['floor']][1])
        if a['bldg'] is not None and a['bldg'] >= 0 and o['bldg']:
            comps.append(BUILDINGS[a['bldg']][1])
        if a['street']:
            comps.append(STREET_U.format(n=a['street']))
        brk = len(comps)
        if a['road']:
            comps.append(((a['road_no'] + ' ') if a.get('road_no') else '') + (a['road'][1] or a['road'][0]))
        if a['lm'] and o['lm']:
            comps.append(LM_PREP[a['lm'][0]][1] + ' ' + LM_PLACE[a['lm'][1]][1])
        if a['area']:
            comps.append(a['area']['u'] or a['area']['n'])
        if a['chak']:
            comps.append('چک نمبر %s %s' % (a['chak'][0], CHAK_U[a['chak'][1]]))
        sep = '، '
    else:
        if a['unit']:
            if a['cc'] == 'GB':
                comps.append(a['unit'][1] + ' ' + a['road'][0])
            else:
                comps.append(form(UNIT_FORMS[a['unit'][0]][0], o['unit']).format(n=a['unit'][1]))
        if a['floor'] is not None and o['floor']:
            fl = FLOORS[a['floor']]
            comps.append(form([fl[0]] + fl[2], o['floor_f']))
        if a['bldg'] is not None and o['bldg']:
            if a['bldg'] < 0:
                comps.append(a['uae_bldg'])
            else:
                b = BUILDINGS[a['bldg']]
                comps.append(form([b[0]] + b[2], o['bldg_f']))
        if a['street']:
            comps.append(form(STREET_FORMS, o['street']).format(n=a['street']))
        brk = len(comps)
        if a['road'] and a['cc'] != 'GB':
            rd = form([a['road'][0]] + a['road'][2], o['road'])
            if a.get('road_no'):
                rd = form(['{n}-{r}', '{n} {r}', 'Plot {n}, {r}', '{n}, {r}'], o.get('rno', 0)).format(n=a['road_no'], r=rd)
            comps.append(rd)
        if a['lm'] and o['lm']:
            pr = LM_PREP[a['lm'][0]]
            comps.append(form([pr[0]] + pr[2], o['lm_f']) + ' ' + LM_PLACE[a['lm'][1]][0])
        if a['area']:
            comps.append(form([a['area']['n']] + a['area']['v'], o['area']))
        if a['chak']:
            n, s, sp = a['chak']
            cf = ['Chak No. {n}{sp}{s}', 'Chak {n}{sp}{s}', 'Chak # {n}{sp}{s}', 'Chak No.{n}{sp}{s}']
            comps.append(form(cf, o['area']).format(n=n, sp=sp, s=s))
        sep = o['sep']
    if o['split'] == 'one' or brk == 0 or brk == len(comps):
        line1, line2 = sep.join(comps), None
    elif o['split'] == 'late' and len(comps) >= 2:
        line1, line2 = sep.join(comps[:-1]), comps[-1]
    else:
        line1, line2 = sep.join(comps[:brk]), sep.join(comps[brk:])
    # city
    cf = o['city']
    if urdu or cf[0] == 'urdu':
        city = c['urdu'] or c['name']
    elif cf[0] == 'alias' and c['alias']:
        city = form(c['alias'], cf[1])
    elif cf[0] == 'typo':
        city = cf[1]
    else:
        city = c['name']
    if not urdu and not has_arabic(line1):
        if o['a_case'] == 'upper':
            line1 = line1.upper()
            line2 = line2.upper() if line2 else None
            city = city.upper() if not has_arabic(city) else city
        elif o['a_case'] == 'lower':
            line1 = line1.lower()
            line2 = line2.lower() if line2 else None
            city = city.lower() if not has_arabic(city) else city
    if o['a_udig']:
        line1 = to_urdu_digits(line1)
        line2 = to_urdu_digits(line2) if line2 else None
    if o['trunc'] and len(line1) > 40:
        line1 = line1[:40]
    region = o['region']
    postal = a['pc'] if (o['postal'] and a['pc']) else None
    if a['cc'] == 'AE' and postal and o['postal'] and isinstance(o['postal'], int):
        postal = form(['P.O. Box ', 'PO Box ', 'POB '], o['postal']) + a['pc'].split()[-1]
    return {'line1': clean(line1), 'line2': clean(line2), 'city': clean(city), 'region': clean(region),
            'postalCode': clean(postal), 'country': clean(o['country'])}


# ------------------------------------------------------------------ entities
def fam_pool(city):
    reg = CITY[city]['reg']
    if reg == 'SD':
        return FAM_SD
    if reg == 'KP':
        return FAM_KP
    if reg == 'IS':
        return FAM_PB + FAM_KP
    return FAM_PB


def male_given():
    return wch([(n, w) for n, w, _ in MALE])


def spell_prefs(tokens):
    sp = {}
    for t in tokens:
        if t and t in SPELL and t not in sp:
            sp[t] = ch(SPELL[t]) if p(0.15) else t
    return sp


def pick_city(foreign=0.0):
    if foreign and p(foreign):
        return ch(['dubai', 'dubai', 'sharjah', 'abudhabi', 'bradford', 'bradford', 'birmingham', 'manchester', 'london'])
    return wch(PK_CITY_W)


def name_person(city, gender=None, kind='person', family='?', given=None, title='?', second='?', muh=None):
    e = {'type': 'person', 'kind': kind, 'city': city, 'cc': CITY[city]['cc']}
    gender = gender or ('m' if p(0.74 if kind == 'person' else 0.62) else 'f')
    e['gender'] = gender
    pool = fam_pool(city)
    if gender == 'm':
        e['given'] = given or male_given()
        e['muh'] = (e['given'] not in NO_MUH and p(0.42)) if muh is None else muh
        if second == '?':
            second = None
            if p(0.3):
                s = ch(SECOND)[0]
                if s not in e['given'].split():
                    second = s
        e['second'] = second
        if family == '?':
            family = wch(pool) if p(0.75) else None
            if family is None and second is None and not e['muh']:
                family = wch(pool)
        e['family'] = family
        if title == '?':
            title = None
            if kind == 'doctor':
                title = 'Dr.'
            elif family in SYED_FAM and p(0.55):
                title = 'Syed'
            elif family in CH_FAM and p(0.4):
                title = 'Ch.'
            elif family == 'Awan' and p(0.4):
                title = 'Malik'
            elif family == 'Rajput' and p(0.5):
                title = 'Rana'
                if p(0.5) and (second or e['muh']):
                    e['family'] = None
            elif family in ('Arain', 'Sheikh') and p(0.3):
                title = 'Mian'
            elif p(0.06):
                title = 'Haji'
            elif p(0.04):
                title = 'Hafiz'
        e['title'] = title
    else:
        e['given'] = given or wch([(n, w) for n, w, _ in FEMALE])
        e['muh'] = False
        e['second'] = None
        if family == '?':
            r = R.random()
            if r < 0.38:
                family = wch(pool)
            elif r < 0.65:
                family = ch(FEM_SUFFIX)
            else:
                family = ch([n for n, _, _ in MALE if ' ' not in n])
        e['family'] = family
        if title == '?':
            title = 'Dr.' if kind == 'doctor' else ('Mrs.' if p(0.06) else ('Mst.' if p(0.06) else None))
        e['title'] = title
    e['parent'] = None
    e['muh_pref'] = wch([('Muhammad', 55), ('Mohammad', 22), ('Muhammed', 6), ('Mohammed', 5), ('M.', 8), ('Mohd.', 4)])
    e['spell'] = spell_prefs([e['given'], e['second'], e['family']])
    return e


def set_parent(e, rel=None, pname=None):
    if pname is None:
        g = male_given()
        pname = {'title': 'Haji' if p(0.15) else None, 'muh': g not in NO_MUH and p(0.5), 'given': g,
                 'second': None, 'family': e['family'] if e['family'] not in FEM_SUFFIX else None}
    e['parent'] = {'rel': rel or ('s/o' if e['gender'] == 'm' else 'd/o'), 'p': pname}
    e['spell'].update(spell_prefs([pname['given'], pname.get('second'), pname.get('family')]))


def personal_email(e):
    g = slug(e['given'].split()[-1] if e['given'].startswith(('Abdul', 'Ghulam')) else e['given'].split()[0])
    f = slug(e['family'] or e['second'] or '')
    locs = [g + '.' + f, g + f, g + '_' + f, g + f[:1], g + '.' + f + str(R.randint(70, 99))] if f else [g, g + '.pk', 'its' + g]
    if e['muh']:
        locs += ['m.' + g + f, 'muhammad' + g]
    if e['kind'] == 'doctor':
        locs += ['dr.' + g + f, 'dr' + g]
    doms = PERSONAL_DOMAINS_GB if e['cc'] == 'GB' else PERSONAL_DOMAINS_PK
    return email_with(locs, doms)


def person_contacts(e, style=None):
    cc = e['cc']
    e['phones'] = [new_mobile(cc)]
    if p(0.28):
        e['phones'].append(new_landline(e['city']))
    if p(0.12):
        e['phones'].append(new_mobile(cc))
    e['emails'] = [personal_email(e)] if p({'doctor': 0.8}.get(e['kind'], 0.5) if cc == 'PK' else 0.85) else []
    e['addr'] = None
    if p(0.92):
        if style is None:
            style = wch([('house', 62), ('shop', 25), ('village', 13)]) if cc == 'PK' else 'house'
        e['addr'] = make_address(e['city'], style)
    return e


def new_person(city=None, **kw):
    city = city or pick_city(0.03)
    style = kw.pop('style', None)
    e = name_person(city, **kw)
    if p(0.1 if style != 'village' else 0.3):
        set_parent(e)
    e['eid'] = new_eid()
    return person_contacts(e, style)


def org_base(kind, city, core, trade, legal=None):
    e = {'type': 'org', 'kind': kind, 'city': city, 'cc': CITY[city]['cc'], 'core': core, 'trade': trade,
         'legal': legal, 'new': False, 'branch': None, 'fac': None, 'dept': None, 'contact': None,
         'eid': new_eid()}
    e['core_pref'] = 0
    e['trade_pref'] = 0
    return e


def org_contact(e, p_contact):
    if p(p_contact):
        c = name_person(e['city'], kind='person', gender='m' if p(0.85) else 'f')
        c['title'] = c['title'] if c['title'] != 'Mrs.' else None
        e['contact'] = c


def org_email(e, style):
    core = slug(e['core'])
    tr = slug(e['trade'] or (e['legal'] or '').replace('&', ''))
    cs = slug(CITY[e['city']]['name'])
    if style == 'gmail':
        locs = [core + tr, core + '.' + tr, core + tr + '.' + cs, core + '.' + cs, core + tr[:3] + cs]
        return email_with(locs, [('gmail.com', 75), ('yahoo.com', 15), ('hotmail.com', 10)])
    tlds = ['.com.pk', '.pk', '.com'] if e['cc'] == 'PK' else (['.ae', '.com'] if e['cc'] == 'AE' else ['.co.uk', '.com'])
    dom = free_domain(core + (tr if p(0.6) else tr[:4]), tlds)
    while True:
        loc = ch(['info', 'accounts', 'sales', 'orders', 'admin', 'purchase', 'contact', 'mail'])
        i = reg_email(loc + '@' + dom)
        if i is not None:
            return i


def org_phones(e, p_land, p_mob, p_uan=0.0):
    ph = []
    if p(p_land):
        ph.append(new_landline(e['city']))
    if p(p_mob) or not ph:
        ph.append(new_mobile(e['cc']))
    if p(p_uan) and e['cc'] == 'PK' and e['city'] in BIG_CITIES:
        ph.append(new_uan(e['city']))
    return ph


def new_org(kind, city=None, core=None, trade=None, legal=None, addr_style=None):
    city = city or pick_city(0.03 if kind in ('distributor', 'pharmacy') else 0)
    if kind == 'pharmacy':
        core = core or wch(PHARM_CORES)
        trade = trade or wch(PHARM_TRADES)
        e = org_base(kind, city, core, trade)
        e['new'] = p(0.06)
        org_contact(e, 0.4)
        e['phones'] = org_phones(e, 0.55, 0.9)
        e['emails'] = [org_email(e, 'gmail' if p(0.65) else 'domain')] if p(0.65) else []
        st = addr_style or wch([('shop', 85), ('village', 10), ('house', 5)])
    elif kind == 'distributor':
        core = core or wch(DIST_CORES)
        if trade is None and legal is None:
            trade, legal = wch(DIST_FORMS)
        e = org_base(kind, city, core, trade, legal)
        org_contact(e, 0.45)
        e['phones'] = org_phones(e, 0.75, 0.85, 0.08)
        e['emails'] = [org_email(e, 'gmail' if p(0.4) else 'domain')] if p(0.85) else []
        st = addr_style or wch([('shop', 30), ('office', 30), ('plot', 40)])
    elif kind == 'hospital_clinic':
        core = core or wch(HOSP_CORES)
        trade = trade or wch(HOSP_TRADES)
        e = org_base(kind, city, core, trade)
        org_contact(e, 0.3)
        e['phones'] = org_phones(e, 0.85, 0.4, 0.1)
        e['emails'] = [org_email(e, 'gmail' if p(0.45) else 'domain')] if p(0.8) else []
        st = addr_style or wch([('plot', 40), ('hospital', 20), ('house', 25), ('shop', 15)])
    elif kind == 'trust':
        core = core or wch(TRUST_CORES)
        trade = trade or wch(TRUST_TRADES)
        e = org_base(kind, city, core, trade)
        org_contact(e, 0.35)
        e['phones'] = org_phones(e, 0.7, 0.6)
        e['emails'] = [org_email(e, 'gmail' if p(0.5) else 'domain')] if p(0.75) else []
        st = addr_style or wch([('plot', 40), ('house', 30), ('hospital', 30)])
    else:
        raise ValueError(kind)
    e['core_pref'] = R.randrange(4) if p(0.3) else 0
    e['trade_pref'] = R.randrange(3) if p(0.25) else 0
    e['addr'] = make_address(city, st) if p(0.97) else None
    return e


# ------------------------------------------------------------------ typos / city resolution
KB = {'a': 'qwsz', 'b': 'vghn', 'c': 'xdfv', 'd': 'serfcx', 'e': 'wsdr', 'f': 'drtgvc', 'g': 'ftyhbv', 'h': 'gyujnb',
      'i': 'ujko', 'j': 'huikmn', 'k': 'jiolm', 'l': 'kop', 'm': 'njk', 'n': 'bhjm', 'o': 'iklp', 'p': 'ol',
      'q': 'wa', 'r': 'edft', 's': 'awedxz', 't': 'rfgy', 'u': 'yhji', 'v': 'cfgb', 'w': 'qase', 'x': 'zsdc',
      'y': 'tghu', 'z': 'asx'}
VOWEL_SWAP = {'a': 'e', 'e': 'a', 'i': 'e', 'o': 'u', 'u': 'o'}


def latin_typo(s):
    spans = [(m.start(), m.end()) for m in re.finditer(r'[A-Za-z]{4,}', s)]
    if not spans:
        return s
    a, b = ch(spans)
    w = s[a:b]
    for _ in range(10):
        i = R.randrange(1, len(w) - 1)
        op = R.randrange(5)
        if op == 0:
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 1:
            w2 = w[:i] + w[i + 1:]
        elif op == 2:
            w2 = w[:i] + w[i] + w[i:]
        elif op == 3:
            c = w[i].lower()
            r = ch(KB.get(c, 'e'))
            w2 = w[:i] + (r.upper() if w[i].isupper() else r) + w[i + 1:]
        else:
            c = w[i].lower()
            if c not in VOWEL_SWAP:
                continue
            r = VOWEL_SWAP[c]
            w2 = w[:i] + (r.upper() if w[i].isupper() else r) + w[i + 1:]
        if w2 != w:
            return s[:a] + w2 + s[b:]
    return s[:a] + w[:1] + w[2:] + s[b:]


URDU_SIM = {'ب': 'پ', 'پ': 'ب', 'ج': 'چ', 'چ': 'ج', 'د': 'ڈ', 'ڈ': 'د', 'ر': 'ڑ', 'ڑ': 'ر', 'س': 'ش', 'ش': 'س',
            'ص': 'ض', 'ط': 'ظ', 'ع': 'غ', 'ی': 'ے', 'ے': 'ی', 'ہ': 'ھ', 'ک': 'گ', 'گ': 'ک', 'ت': 'ٹ', 'ٹ': 'ت',
            'ز': 'ذ', 'ذ': 'ز', 'ن': 'ں', 'ا': 'آ'}


def urdu_typo(s):
    spans = [(m.start(), m.end()) for m in re.finditer('[\u0620-\u06d3]{3,}', s)]
    if not spans:
        return latin_typo(s)
    a, b = ch(spans)
    w = s[a:b]
    for _ in range(10):
        i = R.randrange(len(w))
        op = R.randrange(3)
        if op == 0 and w[i] in URDU_SIM:
            w2 = w[:i] + URDU_SIM[w[i]] + w[i + 1:]
        elif op == 1 and len(w) > 3:
            w2 = w[:i] + w[i + 1:]
        elif op == 2 and i + 1 < len(w):
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        else:
            continue
        if w2 != w:
            return s[:a] + w2 + s[b:]
    return s[:a] + w[1:] + s[b:]


def typo(s):
    return urdu_typo(s) if has_arabic(s) else latin_typo(s)


def lev(a, b):
    if a == b:
        return 0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


CITY_FORM_KEY = []
for _k in CITY_KEYS:
    _c = CITY[_k]
    for _f in [_c['name']] + _c['alias'] + ([_c['urdu']] if _c['urdu'] else []):
        CITY_FORM_KEY.append((re.sub(r'\s+', ' ', _f.lower().strip(' .,')), _k))


def resolve_city(s):
    if not s:
        return None
    t = re.sub(r'\s+', ' ', s.lower().strip(' .,'))
    for f, k in CITY_FORM_KEY:
        if f == t:
            return k
    if has_arabic(t):
        return None
    best, bk, tie = 99, None, False
    for f, k in CITY_FORM_KEY:
        if has_arabic(f):
            continue
        d = lev(t, f)
        if d < best:
            best, bk, tie = d, k, False
        elif d == best and k != bk:
            tie = True
    if best <= (1 if len(t) <= 5 else 2) and not tie:
        return bk
    return None


def city_typo(key):
    name = CITY[key]['name']
    for _ in range(20):
        t = latin_typo(name)
        if t.lower() != name.lower() and resolve_city(t) == key:
            return t
    return None


# ------------------------------------------------------------------ name rendering
NICK_U = {'Bhai': 'بھائی', 'bhai': 'بھائی', 'Sb': 'صاحب', 'Sahib': 'صاحب', 'Bhai Jan': 'بھائی جان'}
REL_U = {'s/o': 'ولد', 'd/o': 'دختر', 'w/o': 'زوجہ'}


def u_name(t):
    if t is None:
        return None
    return MALE_U.get(t) or FEMALE_U.get(t) or FAMILY_U.get(t) or t


def apply_case(s, case):
    if s is None or has_arabic(s):
        return s
    if case == 'upper':
        return s.upper()
    if case == 'lower':
        return s.lower()
    return s


def person_pieces(pe, o, urdu):
    sp = o['spell']
    if urdu:
        title = TITLE_U[pe['title']] if pe['title'] and o['title'] else None
        muh = 'محمد' if pe['muh'] else None
        given = u_name(pe['given'])
        second = u_name(pe['second']) if pe['second'] and o['second'] else None
        family = u_name(pe['family']) if pe['family'] and o['family'] else None
    else:
        title = form(TITLE_FORMS[pe['title']], o['title_f']) if pe['title'] and o['title'] else None
        muh = o['muh'] if pe['muh'] else None
        given = sp.get(pe['given'], pe['given'])
        second = sp.get(pe['second'], pe['second']) if pe['second'] and o['second'] else None
        family = sp.get(pe['family'], pe['family']) if pe['family'] and o['family'] else None
    return title, muh, given, second, family


def j(*xs):
    s = ' '.join(x for x in xs if x)
    return s if s else None


def render_person_name(pe, o):
    urdu = o['script'] in ('urdu', 'mojibake')
    title, muh, given, second, family = person_pieces(pe, o, urdu)
    if o['order'] == 'ff' and family:
        disp = j(family, title, muh, given, second)
    else:
        disp = j(title, muh, given, second, family)
    if o['parent'] and pe.get('parent'):
        pp = pe['parent']['p']
        po = dict(o)
        po['title'] = True
        po['second'] = True
        po['family'] = True
        pt = person_pieces(dict(pp, muh=pp['muh'], title=pp['title']), po, urdu)
        rel = REL_U[pe['parent']['rel']] if urdu else pe['parent']['rel']
        disp = j(disp, rel, *pt)
    if o['nick']:
        disp = j(disp, NICK_U[o['nick']] if urdu else o['nick'])
    gm = j(muh, given)
    rest = j(second, family)
    sp = o['split']
    if sp == 'std':
        g, f = gm, rest
    elif sp == 'core':
        g, f = given, rest
    elif sp == 'first':
        words = (j(muh, given, second, family) or '').split()
        g, f = words[0], j(*words[1:])
    elif sp == 'all':
        g, f = j(muh, given, second, family), None
    elif sp == 'swap':
        g, f = (rest, gm) if rest else (None, gm)
    else:
        g, f = None, None
    disp, g, f = apply_case(disp, o['case']), apply_case(g, o['case']), apply_case(f, o['case'])
    if urdu:
        if o.get('ucp'):
            disp, g, f = arabic_cp(disp), g and arabic_cp(g), f and arabic_cp(f)
        if o.get('udia'):
            disp, g, f = drop_diacritics(disp), g and drop_diacritics(g), f and drop_diacritics(f)
        if o['script'] == 'mojibake':
            disp, g, f = mojibake(disp), None, None
    return disp, g, f


def core_forms(core):
    if core.startswith('Al-'):
        x = core[3:]
        return [core, 'Al ' + x, 'Al' + x.lower()], [x]
    if '-' in core:
        return [core, core.replace('-', ' ')], [core.replace('-', '')]
    if ' ' in core:
        return [core, core.replace(' ', '')], [core.split()[0]]
    return [core], [core]


BRANCH_FORMS = {'area': [' - {L} Branch', ' ({L} Branch)', ' {L} Branch', ', {L}', ' - {L}'],
                'outlet': [' - Outlet {n}', ' (Outlet {n})', ' Outlet # {n}', ' Outlet-{n}'],
                'main': [' - Main Branch', ' (Main Branch)', ' Main Branch']}
DEPT_SEP = [' - {D}', ' ({D})', ' {D}', ' - {D}']


def org_name_latin(e, o):
    if e['fac']:
        f = e['fac']
        if f['type'] in ('DHQ', 'THQ'):
            name = form(FAC_FORMS[f['type']], o['fac']).format(c=f['town'])
        else:
            long = {'BHU': 'Basic Health Unit', 'RHC': 'Rural Health Centre'}[f['type']]
            dotted = {'BHU': 'B.H.U.', 'RHC': 'R.H.C.'}[f['type']]
            name = form([f['type'] + ' ' + f['town'], long + ' ' + f['town'], dotted + ' ' + f['town']], o['fac'])
        if e['dept']:
            d = e['dept']
            dn = d[0] if o['dept'] % 2 == 0 else form(d[2], o['dept'] // 2)
            name += form(DEPT_SEP, o['dept']).format(D=dn)
        return name
    cf, ch_ = core_forms(e['core'])
    core = form(ch_, 0) if o['core'] < 0 else form(cf, o['core'])
    trade = None
    if e['trade']:
        nf, hf = TRADE_FORMS[e['trade']]
        trade = form(hf, -o['trade'] - 1) if o['trade'] < 0 else form(nf, o['trade'])
    legal = form(LEGAL_FORMS[e['legal']], o['legal']) if e['legal'] and o['legal'] is not None else None
    name = j(o['ms'], 'New' if e['new'] else None, core, trade, legal)
    if e['branch']:
        b = e['branch']
        name += form(BRANCH_FORMS[b['kind']], o['branch']).format(L=b.get('label', ''), n=b.get('n', ''))
    return name


def org_name_urdu(e, o):
    if e['fac']:
        f = e['fac']
        if f['type'] in ('DHQ', 'THQ'):
            name = FAC_U[f['type']] + ' ' + f['town_u']
        else:
            name = {'BHU': 'بی ایچ یو', 'RHC': 'آر ایچ سی'}[f['type']] + ' ' + f['town_u']
        if e['dept']:
            name += ' - ' + e['dept'][1]
        return name
    core = CORE_U.get(e['core'], e['core'])
    trade = TRADE_U.get(e['trade']) if e['trade'] else None
    legal = LEGAL_U.get(e['legal']) if e['legal'] and o['legal'] is not None else None
    name = j('میسرز' if o['ms'] else None, 'نیو' if e['new'] else None, core, trade, legal)
    if e['branch']:
        b = e['branch']
        if b['kind'] == 'area':
            name += ' ' + b['label_u'] + ' برانچ'
        elif b['kind'] == 'outlet':
            name += ' آؤٹ لیٹ ' + str(b['n'])
        else:
            name += ' مین برانچ'
    return name


def render_org_name(e, o):
    urdu = o['script'] in ('urdu', 'mojibake')
    name = org_name_urdu(e, o) if urdu else org_name_latin(e, o)
    name = apply_case(name, o['case'])
    disp = name
    if o['citysfx'] is not None:
        c = CITY[e['city']]
        cn = (c['urdu'] or c['name']) if urdu else apply_case(c['name'], o['case'])
        disp = name + form([' ' + cn, ', ' + cn, ' (' + cn + ')', ' - ' + cn], o['citysfx'])
    if urdu:
        if o.get('ucp'):
            name, disp = arabic_cp(name), arabic_cp(disp)
        if o.get('udia'):
            name, disp = drop_diacritics(name), drop_diacritics(disp)
        if o['script'] == 'mojibake':
            name, disp = mojibake(name), mojibake(disp)
    if o['trunc']:
        name, disp = name[:30], disp[:30]
    g = f = None
    if e['contact'] and o['contact']:
        co = o['c']
        _, g, f = render_person_name(e['contact'], co)
    return disp, name, g, f


# ------------------------------------------------------------------ source styles
SOURCES = ('desktop', 'reps', 'web', 'urdu')
CASE = {'qbo': [('title', 86), ('upper', 14)], 'desktop': [('upper', 90), ('title', 10)],
        'reps': [('title', 55), ('lower', 35), ('upper', 10)], 'web': [('title', 85), ('lower', 10), ('upper', 5)],
        'urdu': [('title', 100)]}
MUH_SRC = {'qbo': [('Muhammad', 50), ('Mohammad', 20), ('M.', 14), ('Muhammed', 6), ('Mohd.', 5), ('Mohammed', 5)],
           'desktop': [('Muhammad', 35), ('Mohd.', 20), ('M.', 25), ('Mohammad', 15), ('Md.', 5)],
           'reps': [('M.', 30), ('Muhammad', 30), ('Mohammad', 20), ('Muhammed', 10), ('Muhd.', 5), ('Mohd.', 5)],
           'web': [('Muhammad', 50), ('Mohammad', 25), ('Muhammed', 10), ('Mohammed', 10), ('M.', 5)],
           'urdu': [('Muhammad', 70), ('M.', 15), ('Mohammad', 15)]}
SPLIT = {'qbo': [('std', 60), ('first', 20), ('core', 20)], 'desktop': [('none', 70), ('all', 30)],
         'reps': [('first', 45), ('std', 20), ('swap', 15), ('all', 20)],
         'web': [('std', 70), ('core', 15), ('swap', 10), ('first', 5)], 'urdu': [('none', 55), ('std', 45)]}
KEEP = {None: 1.0, 'light': 0.85, 'medium': 0.6, 'harsh': 0.3, 'fresh': 0.7}
PHONE_FMT = {'qbo': [('dash', 40), ('space', 10), ('plain0', 15), ('intl_space', 10), ('intl_dash', 5), ('paren', 5),
                     ('split', 5), ('0092', 5), ('92dash', 5)],
             'desktop': [('dash', 70), ('plain0', 20), ('paren', 10)],
             'reps': [('plain0', 45), ('space', 20), ('dash', 20), ('bare', 15)],
             'web': [('intl_space', 35), ('intl_plain', 25), ('dash', 15), ('plain0', 10), ('0092', 10), ('92dash', 5)],
             'urdu': [('dash', 60), ('plain0', 25), ('space', 15)]}


def sample_person_opts(pe, source, keep, comp, profile=None):
    o = {'script': 'latin'}
    if source == 'urdu':
        o['script'] = 'urdu' if p(0.8) else 'latin'
    elif source == 'desktop' and pe['cc'] == 'PK' and p(0.05):
        o['script'] = 'mojibake'
    o['case'] = wch(CASE[source])
    o['muh'] = pe['muh_pref'] if p(keep) else wch(MUH_SRC[source])
    o['spell'] = {}
    for t in pe['spell']:
        o['spell'][t] = pe['spell'][t] if p(keep) else ch([t] + SPELL[t])
    o['title'] = bool(pe['title']) and p(0.93 if source in ('qbo', 'web') else 0.72)
    o['title_f'] = 0 if p(keep) else R.randrange(4)
    o['second'] = p(0.97 if source in ('qbo', 'web') else 0.8)
    o['family'] = p(1.0 if source in ('qbo', 'web') else 0.88)
    o['split'] = wch(SPLIT[source])
    o['order'] = 'ff' if source == 'desktop' and p(0.15) else 'n'
    o['parent'] = bool(pe.get('parent')) and p({'urdu': 0.6, 'desktop': 0.3, 'qbo': 0.25, 'reps': 0.1, 'web': 0.05}[source])
    o['nick'] = ch(['Bhai', 'bhai', 'Sb', 'Sahib', 'Bhai Jan']) if (source == 'reps' and pe['gender'] == 'm' and p(0.12)) else None
    o['ucp'] = source == 'urdu' and p(0.25)
    o['udia'] = source == 'urdu' and p(0.3)
    if comp:
        ks = ['muh', 'spell', 'title', 'title_f', 'second', 'family', 'parent']
        if source != 'desktop':
            ks += ['case', 'split', 'order']
        for k in ks:
            if k in comp and p(keep):
                o[k] = comp[k]
    if not o['family'] and not o['second'] and not pe['muh'] and o['nick'] is None:
        o['family'] = True
    return o


def sample_org_opts(e, source, keep, comp, profile=None):
    o = {'script': 'latin'}
    if source == 'urdu':
        o['script'] = 'urdu' if p(0.8) else 'latin'
    elif source == 'desktop' and e['cc'] == 'PK' and p(0.04):
        o['script'] = 'mojibake'
    o['case'] = wch(CASE[source])
    o['ms'] = ch(['M/s', 'M/S', 'Messrs', 'M/s.']) if p({'qbo': 0.05, 'desktop': 0.3, 'reps': 0.12, 'web': 0.02, 'urdu': 0.15}[source]) else None
    cf, _ = core_forms(e['core']) if e['core'] else ([''], [''])
    o['core'] = e['core_pref'] % len(cf) if p(keep) else R.randrange(len(cf))
    if profile == 'harsh' and e['core'] and e['core'].startswith('Al-') and p(0.25):
        o['core'] = -1
    o['trade'] = e['trade_pref'] if p(keep) else R.randrange(3)
    if profile == 'harsh' and e['trade'] and p(0.2):
        o['trade'] = -1 - R.randrange(2)
    o['legal'] = None
    if e['legal']:
        drop = {'qbo': 0.03, 'desktop': 0.2, 'reps': 0.5, 'web': 0.05, 'urdu': 0.4}[source]
        if e['legal'] in DROPPABLE_LEGAL and p(drop):
            o['legal'] = None
        else:
            o['legal'] = 0 if p(keep) else R.randrange(len(LEGAL_FORMS[e['legal']]))
    o['branch'] = 0 if (source == 'qbo' or p(keep * 0.8)) else R.randrange(5)
    o['fac'] = 0 if (source == 'qbo' or p(keep * 0.8)) else R.randrange(4)
    o['dept'] = 0 if (source == 'qbo' or p(keep * 0.8)) else R.randrange(8)
    o['citysfx'] = R.randrange(4) if p({'qbo': 0.0, 'desktop': 0.1, 'reps': 0.25, 'web': 0.05, 'urdu': 0.15}[source]) else None
    o['contact'] = bool(e['contact']) and p({'qbo': 0.6, 'desktop': 0.2, 'reps': 0.5, 'web': 0.8, 'urdu': 0.3}[source])
    o['c'] = sample_person_opts(e['contact'], source, keep, comp and comp.get('c')) if e['contact'] else None
    if o['c'] is not None:
        o['c']['script'] = 'urdu' if o['script'] == 'urdu' else 'latin'
        o['c']['case'] = o['case']
        if o['c']['split'] in ('none', 'swap'):
            o['c']['split'] = 'std'
    o['ucp'] = source == 'urdu' and p(0.25)
    o['udia'] = source == 'urdu' and p(0.3)
    o['trunc'] = source == 'desktop'
    if comp:
        for k in ('core', 'trade', 'legal', 'ms', 'branch', 'fac', 'dept', 'contact'):
            if k in comp and p(keep):
                if k == 'legal' and comp[k] is None and not (e['legal'] in DROPPABLE_LEGAL):
                    continue
                o[k] = comp[k]
    if o['contact'] and o['c'] is None:
        o['contact'] = False
    return o


def sample_addr_opts(a, source, keep, comp):
    o = base_addr_opts(a)
    pk = a['cc'] == 'PK'
    o['a_script'] = 'urdu' if (source == 'urdu' and pk and not a['digitless'] and p(0.6)) else 'latin'
    o['a_case'] = wch(CASE[source])
    o['unit'] = wch([(0, 50), (1, 25), (2, 10), (3, 10), (4, 5)]) if source == 'qbo' else R.randrange(6)
    o['street'] = wch([(0, 60), (1, 20), (2, 20)]) if source == 'qbo' else R.randrange(6)
    o['floor'] = p({'qbo': 0.9, 'desktop': 0.7, 'reps': 0.3, 'web': 0.85, 'urdu': 0.6}[source])
    o['floor_f'] = 0 if p(0.7) else R.randrange(3)
    o['bldg'] = p({'qbo': 0.97, 'desktop': 0.9, 'reps': 0.6, 'web': 0.95, 'urdu': 0.85}[source])
    o['bldg_f'] = 0 if p(0.7) else 1
    o['lm'] = p({'qbo': 0.7, 'desktop': 0.5, 'reps': 0.85, 'web': 0.6, 'urdu': 0.8}[source])
    o['lm_f'] = 0 if p(0.6) else R.randrange(3)
    o['road'] = 0 if p(0.6) else R.randrange(3)
    o['rno'] = wch([(0, 70), (1, 20), (3, 10)]) if source == 'qbo' else R.randrange(4)
    o['area'] = 0 if (source == 'qbo' and p(0.85)) else R.randrange(4)
    o['split'] = wch({'qbo': [('std', 75), ('one', 15), ('late', 10)], 'desktop': [('one', 100)],
                      'reps': [('one', 60), ('std', 40)], 'web': [('std', 80), ('late', 20)],
                      'urdu': [('one', 60), ('std', 40)]}[source])
    o['sep'] = wch([(', ', 80), (' ', 12), (',', 8)]) if source == 'reps' else (', ' if p(0.9) else ',')
    cf = ('std',)
    c = CITY[a['city']]
    if source == 'qbo' and c['alias'] and p(0.07):
        cf = ('alias', R.randrange(3))
    elif source == 'reps' and pk:
        r = R.random()
        if r < 0.15 and c['alias']:
            cf = ('alias', R.randrange(3))
        elif r < 0.33:
            t = city_typo(a['city'])
            if t:
                cf = ('typo', t)
    elif source == 'web' and c['alias'] and p(0.1):
        cf = ('alias', R.randrange(3))
    elif source == 'urdu' and pk and (o['a_script'] == 'urdu' or p(0.4)) and not a['digitless']:
        cf = ('urdu',)
    o['city'] = cf
    reg = c['reg']
    rp = {'qbo': 0.5, 'desktop': 0.3, 'reps': 0.1, 'web': 0.8, 'urdu': 0.15}[source]
    if p(rp):
        o['region'] = REGION_U[reg] if (source == 'urdu' and reg in REGION_U and o['a_script'] == 'urdu') else form(REGION_FORMS[reg], R.randrange(4) if source != 'qbo' else 0)
        if source == 'desktop':
            o['region'] = o['region'].upper()
    pp = {'qbo': 0.15, 'desktop': 0.05, 'reps': 0.0, 'web': 0.6, 'urdu': 0.0}[source]
    if a['cc'] == 'GB':
        pp = 0.95
    elif a['cc'] == 'AE':
        pp = 0.6
    o['postal'] = p(pp)
    cp = {'qbo': 0.6, 'desktop': 0.5, 'reps': 0.1, 'web': 0.9, 'urdu': 0.1}[source] if pk else 0.95
    if p(cp):
        if source == 'urdu' and pk:
            o['country'] = 'پاکستان'
        elif source == 'desktop':
            o['country'] = form(COUNTRY_FORMS[a['cc']], R.randrange(4)).upper()
        else:
            o['country'] = form(COUNTRY_FORMS[a['cc']], R.randrange(4) if source != 'qbo' else R.randrange(2))
    o['trunc'] = source == 'desktop'
    o['a_udig'] = o['a_script'] == 'urdu' and p(0.3)
    if comp:
        ks = ['unit', 'street', 'rno', 'floor', 'floor_f', 'bldg', 'bldg_f', 'lm', 'lm_f', 'road', 'area', 'region', 'postal', 'country']
        if source not in ('desktop', 'urdu'):
            ks += ['split', 'sep', 'city', 'a_case']
        for k in ks:
            if k in comp and p(keep):
                o[k] = comp[k]
    if a['digitless']:
        o.update({'a_script': 'latin', 'road': 0, 'area': 0, 'lm': False, 'trunc': False, 'a_udig': False})
        if o['city'][0] == 'urdu':
            o['city'] = ('std',)
    if o['a_script'] == 'urdu' and o['city'][0] == 'typo':
        o['city'] = ('urdu',)
    return o


def sample_phone_opts(source, keep, comp):
    o = {'p_fmt': wch(PHONE_FMT[source]),
         'p_label': p({'qbo': 0.1, 'desktop': 0.2, 'reps': 0.15, 'web': 0.0, 'urdu': 0.1}[source]),
         'p_lab_i': R.randrange(4),
         'p_sep': ch([', ', ' / ', '; ', ' , ']) if source != 'urdu' else ch(['، ', ', ', ' / ']),
         'p_udig': source == 'urdu' and p(0.3),
         'p_ext': p(0.5)}
    if comp:
        for k in ('p_fmt', 'p_sep', 'p_label', 'p_lab_i'):
            if p(keep):
                o[k] = comp[k]
    return o


def sample_email_opts(source, keep, comp):
    o = {'e_case': wch({'qbo': [('lower', 95), ('cap', 5)], 'desktop': [('upper', 60), ('lower', 40)],
                        'reps': [('lower', 80), ('cap', 20)], 'web': [('lower', 90), ('cap', 10)],
                        'urdu': [('lower', 100)]}[source]),
         'e_dots': R.randrange(1000) if (source in ('reps', 'urdu', 'desktop') and p(0.1)) else None}
    if comp:
        for k in ('e_case', 'e_dots'):
            if p(keep):
                o[k] = comp[k]
    return o


LABELS = {'land': ['PTCL', 'Off:', 'Tel:', 'Ph:'], 'mob': ['Cell:', 'Mob:', 'WhatsApp', 'WA:'], 'uan': ['UAN:', 'UAN', 'UAN:', 'UAN']}
LABELS_U = {'land': 'فون:', 'mob': 'موبائل:', 'uan': 'یو اے این:'}


def fmt_phone(ph, f):
    cc, a, n = ph['cc'], ph['area'], ph['num']
    if cc == '92':
        if ph['kind'] == 'uan':
            x0, x1 = n[3:6], n[6:]
            forms = {'dash': '0%s-111-%s-%s' % (a, x0, x1), 'space': '0%s 111 %s %s' % (a, x0, x1),
                     'plain0': '0%s111%s%s' % (a, x0, x1), 'bare': 'UAN 111-%s-%s' % (x0, x1),
                     'intl_space': '+92 %s 111 %s %s' % (a, x0, x1), 'intl_plain': '+92%s111%s%s' % (a, x0, x1),
                     'intl_dash': '+92-%s-111-%s-%s' % (a, x0, x1), '0092': '0092-%s-111-%s-%s' % (a, x0, x1),
                     '92dash': '92-%s-111-%s-%s' % (a, x0, x1), 'split': '0%s-111-%s%s' % (a, x0, x1),
                     'paren': '(0%s) 111-%s-%s' % (a, x0, x1)}
        else:
            mob = ph['kind'] == 'mob'
            forms = {'dash': '0%s-%s' % (a, n), 'space': '0%s %s' % (a, n), 'plain0': '0%s%s' % (a, n),
                     'bare': ('%s%s' % (a, n)) if mob else ('0%s-%s' % (a, n)),
                     'intl_space': '+92 %s %s' % (a, n), 'intl_plain': '+92%s%s' % (a, n),
                     'intl_dash': '+92-%s-%s' % (a, n), '0092': '0092 %s %s' % (a, n), '92dash': '92-%s-%s' % (a, n),
                     'split': '0%s-%s %s' % (a, n[:3], n[3:]), 'paren': '(0%s) %s' % (a, n)}
        return forms[f]
    forms = {'intl_plain': '+%s%s%s' % (cc, a, n), '0092': '00%s %s %s' % (cc, a, n), '92dash': '%s-%s-%s' % (cc, a, n)}
    return forms.get(f, '+%s %s %s %s' % (cc, a, n[:3], n[3:]))


def render_phones(ent, pids, o):
    out = []
    for pid in pids:
        ph = PHONES[pid]
        s = fmt_phone(ph, o['p_fmt'])
        if o['p_label'] and not s.startswith('UAN'):
            if o['p_udig']:
                s = LABELS_U[ph['kind'] if ph['kind'] in LABELS_U else 'mob'] + ' ' + s
            elif ph['cc'] != '92':
                s = form(['Tel:', 'Mob:', 'Ph:', 'Cell:'], o['p_lab_i']) + ' ' + s
            else:
                s = form(LABELS.get(ph['kind'], LABELS['mob']), o['p_lab_i']) + ' ' + s
        if ent.get('ext') and ent.get('ext_for') == pid and o['p_ext']:
            s += ' Ext. ' + ent['ext']
        out.append(s)
    if not out:
        return None
    s = o['p_sep'].join(out)
    return to_urdu_digits(s) if o['p_udig'] else s


def render_emails(eids, o):
    out = []
    for i in eids:
        s = EMAILS[i]
        local, _, dom = s.partition('@')
        if o['e_dots'] is not None and dom == 'gmail.com' and len(local) >= 4:
            if '.' in local:
                local = local.replace('.', '')
            else:
                k = 1 + o['e_dots'] % (len(local) - 2)
                local = local[:k] + '.' + local[k:]
        s = local + '@' + dom
        if o['e_case'] == 'upper':
            s = s.upper()
        elif o['e_case'] == 'cap':
            s = s[:1].upper() + s[1:]
        out.append(s)
    return '; '.join(out) if out else None


FIELDS = ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address')


def build_contact(ent, o, ids):
    if ent['type'] == 'person':
        disp, g, f = render_person_name(ent, o['n'])
        comp = None
    else:
        disp, comp, g, f = render_org_name(ent, o['n'])
    addr = render_address(ADDRS[ids['addr']], o['a']) if ids['addr'] is not None else None
    return {'displayName': clean(disp), 'givenName': clean(g), 'familyName': clean(f), 'companyName': clean(comp),
            'email': clean(render_emails(ids['email'], o['e'])), 'phone': clean(render_phones(ent, ids['phone'], o['p'])),
            'address': addr}


# ------------------------------------------------------------------ records
SHOW_E = {'qbo': 0.92, 'desktop': 0.35, 'reps': 0.3, 'web': 1.0, 'urdu': 0.15}
SHOW_P = {'qbo': 0.95, 'desktop': 0.9, 'reps': 0.98, 'web': 0.97, 'urdu': 0.97}
SHOW_A = {'qbo': 0.96, 'desktop': 0.95, 'reps': 0.75, 'web': 0.92, 'urdu': 0.85}


def fresh_email(ent):
    if ent['type'] == 'person':
        return personal_email(ent)
    if ent['fac']:
        f = ent['fac']
        base = f['type'].lower() + slug(f['town'])
        d = slug(ent['dept'][0].split()[0]) if ent['dept'] else 'incharge'
        return email_with([base + '.' + d, d + '.' + base, base + d, 'office.' + base],
                          [('gmail.com', 80), ('yahoo.com', 20)])
    return org_email(ent, 'gmail')


def choose_ids(ent, source, keep, comp_ids):
    el, ph = ent['emails'], ent['phones']
    em = []
    if el and p(SHOW_E[source]):
        em = [el[0]]
    elif source == 'web' and not el and p(0.85):
        ent['emails'].append(fresh_email(ent))
        em = [ent['emails'][0]]
    mobs = [x for x in ph if PHONES[x]['kind'] == 'mob']
    lands = [x for x in ph if PHONES[x]['kind'] != 'mob']
    if source == 'qbo':
        first = ph[0]
        po = 0.5
    elif source == 'desktop':
        first = lands[0] if lands else ph[0]
        po = 0.25
    else:
        first = mobs[0] if mobs else ph[0]
        po = {'reps': 0.2, 'web': 0.15, 'urdu': 0.3}[source]
    phs = []
    if p(SHOW_P[source]):
        phs = [first] + [x for x in ph if x != first and p(po)]
    ad = ent['addr'] if (ent['addr'] is not None and p(SHOW_A[source])) else None
    ids = {'email': em, 'phone': phs, 'addr': ad}
    if comp_ids:
        for k in ('email', 'phone', 'addr'):
            if p(keep):
                ids[k] = list(comp_ids[k]) if k != 'addr' else comp_ids[k]
    if not ids['email'] and not ids['phone'] and ids['addr'] is None:
        ids['phone'] = [ph[0]]
    return ids


def move_address(ent, same_city=False):
    stay = 0.75 if ent['type'] == 'person' else 0.92
    city = ent['city'] if same_city or p(stay) or CITY[ent['city']]['cc'] != 'PK' else wch(PK_CITY_W)
    a0 = ADDRS[ent['addr']] if ent['addr'] is not None else None
    style = a0['style'] if a0 and a0['style'] in ('shop', 'house', 'plot', 'office') else ('house' if ent['type'] == 'person' else 'shop')
    return make_address(city, style)


def life_events(ent, ids, profile, derived, noise):
    pr = {'medium': dict(new_email=0.10, other_num=0.08, move=0.05, drop_e=0.12, drop_p=0.1, drop_a=0.08, e_typo=0.05,
                         digit=0.06, new_phone=0.0, add_phone=0.03),
          'harsh': dict(new_email=0.35, other_num=0.1, move=0.3, drop_e=0.2, drop_p=0.15, drop_a=0.15, e_typo=0.08,
                        digit=0.18, new_phone=0.22, add_phone=0.1)}[profile]
    if profile == 'harsh' and p(0.35):
        if ids['email']:
            ne = fresh_email(ent)
            ent['emails'].append(ne)
            ids['email'] = [ne]
        ids['phone'] = [new_mobile(ent['cc'])]
        if ent['addr'] is not None:
            ids['addr'] = move_address(ent, same_city=True)
        return
    if ids['email'] and p(pr['new_email']):
        ne = fresh_email(ent)
        ent['emails'].append(ne)
        ids['email'] = [ne]
    if p(pr['other_num']):
        others = [x for x in ent['phones'] if x not in ids['phone']]
        if others:
            ids['phone'] = [others[0]]
    if ent['addr'] is not None and p(pr['move']):
        ids['addr'] = move_address(ent)
    if p(pr['new_phone']):
        ids['phone'] = [new_mobile(ent['cc'])]
    if p(pr['add_phone']):
        ids['phone'] = ids['phone'] + [new_mobile(ent['cc'])]
    if ids['phone'] and p(pr['digit']):
        k = R.randrange(len(ids['phone']))
        nid = phone_digit_off(ids['phone'][k])
        derived[nid] = ids['phone'][k]
        ids['phone'] = ids['phone'][:k] + [nid] + ids['phone'][k + 1:]
        noise.append('phone:digit_off')
    if ids['email'] and p(pr['e_typo']):
        s = EMAILS[ids['email'][0]]
        local, _, dom = s.partition('@')
        for _ in range(10):
            r = R.random()
            if r < 0.5:
                dom2 = {'gmail.com': ch(['gmial.com', 'gmal.com', 'gmail.co', 'gamil.com']),
                        'yahoo.com': ch(['yaho.com', 'yahoo.co', 'yhaoo.com']),
                        'hotmail.com': ch(['hotmial.com', 'hotmal.com', 'hotmail.co'])}.get(dom)
                cand = (local + '@' + dom2) if dom2 else (latin_typo(local) + '@' + dom)
            else:
                cand = latin_typo(local) + '@' + dom
            i = reg_email(cand)
            if i is not None:
                derived[('e', i)] = ids['email'][0]
                ids['email'] = [i]
                noise.append('email:typo')
                break
    if ids['email'] and p(pr['drop_e']):
        ids['email'] = []
    if ids['phone'] and p(pr['drop_p']):
        ids['phone'] = ids['phone'][:1] if len(ids['phone']) > 1 else []
    if ids['addr'] is not None and p(pr['drop_a']):
        ids['addr'] = None


def post_noise(ent, contact, profile, noise, name_typos=True, digitless=False):
    n = {'light': 1 if p(0.3) else 0, 'medium': 1 + (1 if p(0.5) else 0), 'harsh': 2 + (1 if p(0.5) else 0)}.get(profile, 0)
    for _ in range(n):
        op = wch([('name', 35 if name_typos else 0), ('gf', 15 if name_typos else 0), ('addr', 20), ('drop_gf', 8 if name_typos else 0)])
        if op == 'name':
            if ent['type'] == 'person':
                t = typo(contact['displayName'])
                if t != contact['displayName']:
                    contact['displayName'] = t
                    noise.append('displayName:typo')
            else:
                old = contact['companyName']
                t = typo(old)
                if t != old:
                    contact['companyName'] = t
                    noise.append('companyName:typo')
                    if contact['displayName'].startswith(old):
                        contact['displayName'] = t + contact['displayName'][len(old):]
                        noise.append('displayName:typo')
        elif op == 'gf':
            f = ch(['givenName', 'familyName'])
            if contact[f]:
                t = typo(contact[f])
                if t != contact[f]:
                    contact[f] = t
                    noise.append(f + ':typo')
        elif op == 'drop_gf':
            if contact['givenName'] or contact['familyName']:
                for f in ('givenName', 'familyName'):
                    if contact[f]:
                        contact[f] = None
                        noise.append(f + ':dropped')
        elif op == 'addr':
            a = contact['address']
            if a and not digitless:
                f = 'line2' if (a['line2'] and p(0.4)) else 'line1'
                t = typo(a[f])
                if t != a[f] and text_digits(t) == text_digits(a[f]):
                    a[f] = t
                    noise.append('address:typo')
    for f in ('displayName', 'givenName', 'familyName', 'companyName'):
        contact[f] = clean(contact[f])



def make_record(ent, source, profile=None, comp=None, force=None, name_fix=None, name_typos=True, addr_fix=None):
    keep = KEEP[profile] if comp else (1.0 if source == 'qbo' else KEEP['fresh'])
    cno = comp['opts'] if comp else None
    if ent['type'] == 'person':
        on = sample_person_opts(ent, source, keep, cno and cno['n'], profile)
    else:
        on = sample_org_opts(ent, source, keep, cno and cno['n'], profile)
    if name_fix:
        name_fix(on)
    ids = choose_ids(ent, source, keep, comp and comp['ids'])
    derived, noise = {}, []
    if profile in ('medium', 'harsh'):
        life_events(ent, ids, profile, derived, noise)
    if force:
        for k in force:
            ids[k] = force[k]
    if not ids['email'] and not ids['phone'] and ids['addr'] is None:
        ids['phone'] = [ent['phones'][0]]
    if ids['addr'] is not None:
        ao = sample_addr_opts(ADDRS[ids['addr']], source, keep, cno and cno['a'] if cno and cno.get('a_id') == ids['addr'] else None)
        if profile in ('medium', 'harsh') and ao['a_script'] == 'latin' and not ADDRS[ids['addr']]['digitless'] \
                and ao['city'][0] != 'urdu' and CITY[ADDRS[ids['addr']]['city']]['cc'] == 'PK' \
                and p(0.1 if profile == 'medium' else 0.2):
            t = city_typo(ADDRS[ids['addr']]['city'])
            if t:
                ao['city'] = ('typo', t)
        if addr_fix:
            addr_fix(ao)
    else:
        ao = base_addr_opts(None)
    o = {'n': on, 'a': ao, 'a_id': ids['addr'], 'p': sample_phone_opts(source, keep, cno and cno['p']),
         'e': sample_email_opts(source, keep, cno and cno['e'])}
    contact = build_contact(ent, o, ids)
    if ids['addr'] is not None:
        full = render_address(ADDRS[ids['addr']], dict(ao, trunc=False))
        ao['trunc_done'] = full['line1'] != contact['address']['line1']
        if ao['trunc_done']:
            ad = contact['address']
            dsig = text_digits((ad['line1'] or '') + ' ' + (ad['line2'] or ''))
            fsig = text_digits((full['line1'] or '') + ' ' + (full['line2'] or ''))
            if dsig != fsig and (not dsig or (ADDRS[ids['addr']]['city'], 'D') + dsig in ADDR_SIG):
                ao['trunc'] = False
                ao['trunc_done'] = False
                contact['address'] = full
    if ent['type'] == 'org' and on['trunc']:
        on2 = dict(on, trunc=False)
        d2, c2, _, _ = render_org_name(ent, on2)
        on['trunc_done'] = clean(c2) != contact['companyName'] or clean(d2) != contact['displayName']
    post_noise(ent, contact, profile, noise, name_typos,
               ids['addr'] is not None and ADDRS[ids['addr']]['digitless'])
    if contact['displayName'] is None:
        contact['displayName'] = contact['companyName'] or contact['givenName'] or 'Customer'
    return {'ent': ent, 'source': source, 'profile': profile, 'opts': o, 'ids': ids, 'contact': contact,
            'noise': noise, 'derived': derived}


# ------------------------------------------------------------------ keys (mirrored in check.py)
HONOR = ('dr', 'doctor', 'ch', 'chaudhry', 'chaudhary', 'choudhary', 'choudhry', 'syed', 'sayed', 'syyed', 's', 'haji',
         'hajji', 'alhaj', 'hafiz', 'malik', 'rana', 'mian', 'mia', 'mrs', 'madam', 'mst', 'mussammat', 'mr', 'ms',
         'miss', 'engr', 'prof')
TRAIL = ('sb', 'sahib', 'bhai', 'jan', 'jr', 'sr')
MUHS = ('muhammad', 'mohammad', 'muhammed', 'mohammed', 'mohd', 'md', 'muhd', 'm')
VAR_REP = {}
for _c in SPELL:
    _grp = [_c] + SPELL[_c]
    if any((' ' in x or '.' in x) for x in _grp):
        continue
    _grp = [x.lower() for x in _grp]
    _rep = sorted(_grp)[0]
    for _x in _grp:
        if _x in VAR_REP and VAR_REP[_x] != _rep:
            _rep = min(_rep, VAR_REP[_x])
        VAR_REP[_x] = _rep
    for _x in _grp:
        VAR_REP[_x] = min(VAR_REP[_x], _rep)
LEGAL_TOK = ('pvt', 'ltd', 'private', 'limited', 'smc', 'co', 'company', 'and', 'regd', 'the', 'llc')
ORG_MAP = {'med': 'medical', 'stores': 'store', 'chemist': 'chemists', 'center': 'centre', 'son': 'sons', 'bros': 'brothers'}


def person_tokens(name):
    if not name or has_arabic(name):
        return None
    s = name.lower()
    s = re.sub(r'\([^)]*\)', ' ', s)
    s = s.split(' - ')[0]
    s = re.split(r'\b(?:s/o|d/o|w/o)\b', s)[0]
    if re.search(r'[^\x00-\x7f]', s):
        return None
    toks = re.findall(r'[a-z]+', s)
    while toks and toks[0] in HONOR:
        toks.pop(0)
    while toks and toks[-1] in TRAIL:
        toks.pop()
    toks = ['muhammad' if t in MUHS else VAR_REP.get(t, t) for t in toks]
    return toks or None


def person_key(name):
    t = person_tokens(name)
    return ' '.join(sorted(t)) if t else None


def org_tokens(name):
    if not name or has_arabic(name) or re.search(r'[^\x00-\x7f]', name):
        return None
    toks = re.findall(r'[a-z0-9]+', name.lower().replace('&', ' and '))
    if toks[:2] == ['m', 's']:
        toks = toks[2:]
    if toks[:1] == ['messrs']:
        toks = toks[1:]
    out = []
    i = 0
    while i < len(toks):
        if toks[i] == 'al' and i + 1 < len(toks):
            out.append('al' + toks[i + 1])
            i += 2
        else:
            out.append(toks[i])
            i += 1
    out = [ORG_MAP.get(t, t) for t in out if t not in LEGAL_TOK]
    return out or None


def org_key(name):
    t = org_tokens(name)
    return ''.join(t) if t else None


def name_key(contact, is_person):
    return person_key(contact['displayName']) if is_person else org_key(contact['companyName'])


def surname(contact):
    src = contact['familyName']
    if not src:
        return None
    t = re.findall(r'[a-z]+', src.lower())
    t = [x for x in t if x not in TRAIL]
    return VAR_REP.get(t[-1], t[-1]) if t else None


def facility(contact):
    c = contact['companyName']
    if not c or ' - ' not in c:
        return None
    return ' '.join(re.findall(r'[a-z0-9]+', c.split(' - ')[0].lower()))


def addr_shared(x, y):
    if not x or not y:
        return False
    c1, c2 = resolve_city(x['city']), resolve_city(y['city'])
    if c1 is None or c1 != c2:
        return False
    t1 = (x['line1'] or '') + ' ' + (x['line2'] or '')
    t2 = (y['line1'] or '') + ' ' + (y['line2'] or '')
    d1, d2 = text_digits(t1), text_digits(t2)
    if d1 or d2:
        return d1 == d2
    w1, w2 = addr_words(t1), addr_words(t2)
    return bool(w1) and w1 == w2


def contact_shared(r1, r2):
    """contact points shared between two records (identity + recognisable rendering)."""
    out = []
    if set(r1['ids']['email']) & set(r2['ids']['email']):
        out.append('email')
    if set(r1['ids']['phone']) & set(r2['ids']['phone']):
        out.append('phone')
    a1, a2 = r1['ids']['addr'], r2['ids']['addr']
    if a1 is not None and a1 == a2 and addr_shared(r1['contact']['address'], r2['contact']['address']):
        out.append('address')
    return out


# ------------------------------------------------------------------ changes
ALLP = ('displayName', 'givenName', 'familyName')
DC = ('displayName', 'companyName')
GF = ('givenName', 'familyName')
P_OPT = [('case', 'case', ALLP), ('muh', 'muhammad_form', ALLP), ('spell', 'spelling_variant', ALLP),
         ('title', 'honorific', ('displayName',)), ('title_f', 'honorific', ('displayName',)),
         ('second', 'middle_name', ALLP), ('family', 'surname', ALLP), ('order', 'word_order', ('displayName',)),
         ('parent', 'parentage', ('displayName',)), ('nick', 'nickname', ('displayName',)),
         ('ucp', 'arabic_codepoints', ALLP), ('udia', 'diacritics_dropped', ALLP),
         ('disamb', 'disambiguator', ('displayName',))]
O_OPT = [('case', 'case', ALLP + ('companyName',)), ('ms', 'ms_prefix', DC), ('core', 'name_form', DC),
         ('trade', 'trade_word', DC), ('legal', 'legal_form', DC), ('branch', 'branch_form', DC),
         ('fac', 'facility_form', DC), ('dept', 'department_form', DC), ('citysfx', 'city_suffix', ('displayName',)),
         ('trunc_done', 'truncated', DC), ('ucp', 'arabic_codepoints', DC), ('udia', 'diacritics_dropped', DC),
         ('disamb', 'disambiguator', ('displayName',)), ('contact', 'contact_person', GF)]
A_OPT = [('a_case', 'case'), ('unit', 'abbreviation'), ('street', 'abbreviation'), ('road', 'abbreviation'), ('rno', 'abbreviation'),
         ('area', 'abbreviation'), ('floor_f', 'abbreviation'), ('bldg_f', 'abbreviation'), ('lm_f', 'abbreviation'),
         ('floor', 'detail_dropped'), ('bldg', 'detail_dropped'), ('lm', 'landmark'), ('split', 'line_split'),
         ('sep', 'line_split'), ('region', 'region'), ('postal', 'postcode'), ('country', 'country'),
         ('trunc_done', 'truncated'), ('a_udig', 'urdu_digits')]
FALLBACKS = []


def script_what(si, sc):
    if si == 'mojibake' or sc == 'mojibake':
        return 'encoding_mangled'
    if si == 'urdu':
        return 'urdu_script'
    return 'transliterated'


def opt_relevant(k, ent, both_urdu):
    if k in ('ucp', 'udia'):
        return both_urdu
    if k in ('case', 'title_f', 'muh', 'spell', 'core', 'trade', 'legal', 'branch', 'fac', 'dept') and both_urdu:
        if k not in ('legal',):
            return False
    if ent['type'] == 'person':
        need = {'muh': 'muh', 'title': 'title', 'title_f': 'title', 'second': 'second', 'family': 'family',
                'parent': 'parent', 'order': 'family'}.get(k)
        return need is None or bool(ent.get(need))
    need = {'core': 'core', 'trade': 'trade', 'legal': 'legal', 'branch': 'branch', 'fac': 'fac', 'dept': 'dept',
            'contact': 'contact'}.get(k)
    return need is None or bool(ent.get(need))


ADDR_FORM_KEYS = {'unit': 'unit', 'street': 'street', 'road': 'road', 'rno': 'road_no', 'area': 'area', 'floor_f': 'floor',
                  'bldg_f': 'bldg', 'lm_f': 'lm', 'floor': 'floor', 'bldg': 'bldg', 'lm': 'lm'}


def compute_changes(inc, comp, hn_what=None):
    tags = []
    ci, cc = inc['contact'], comp['contact']
    oi, oc = inc['opts'], comp['opts']
    person = inc['ent']['type'] == 'person'
    ent = inc['ent']
    if hn_what:
        for f in ALLP + ('companyName',):
            tags.append(f + ':' + hn_what)
    else:
        ni, nc = oi['n'], oc['n']
        both_urdu = ni['script'] != 'latin' and nc['script'] != 'latin'
        if ni['script'] != nc['script']:
            for f in ALLP + ('companyName',):
                tags.append(f + ':' + script_what(ni['script'], nc['script']))
        else:
            for k, what, fields in (P_OPT if person else O_OPT):
                if ni.get(k) == nc.get(k) or not opt_relevant(k, ent, both_urdu):
                    continue
                for f in fields:
                    tags.append(f + ':' + what)
            if person and ni['split'] != nc['split']:
                w = 'swapped_given_family' if 'swap' in (ni['split'], nc['split']) else 'given_family_split'
                tags += ['givenName:' + w, 'familyName:' + w]
        if not person and ni.get('contact') and nc.get('contact') and ni['c'] != nc['c']:
            tags += ['givenName:contact_person_form', 'familyName:contact_person_form']
    # e-mail
    der = inc['derived']
    ei, ec = inc['ids']['email'], comp['ids']['email']
    if ei and not ec:
        tags.append('email:added')
    elif ec and not ei:
        tags.append('email:dropped')
    elif ei and ec:
        if set(ei) & set(ec):
            if oi['e'] != oc['e']:
                tags += ['email:case'] if oi['e']['e_case'] != oc['e']['e_case'] else []
                tags += ['email:dots'] if oi['e']['e_dots'] != oc['e']['e_dots'] else []
            if set(ei) != set(ec):
                tags.append('email:mailbox_list')
        elif not any(der.get(('e', x)) in ec for x in ei):
            tags.append('email:different_mailbox' if hn_what else 'email:new_mailbox')
    # phone
    pi, pc = inc['ids']['phone'], comp['ids']['phone']
    if pi and not pc:
        tags.append('phone:added')
    elif pc and not pi:
        tags.append('phone:dropped')
    elif pi and pc:
        si, sc = set(pi), set(pc)
        orig = set(der.get(x, x) for x in pi)
        if si & sc:
            po, pcc = oi['p'], oc['p']
            if po['p_fmt'] != pcc['p_fmt'] or po['p_sep'] != pcc['p_sep'] or pi != pc and si == sc:
                tags.append('phone:format')
            if po['p_label'] != pcc['p_label'] or (po['p_label'] and po['p_lab_i'] != pcc['p_lab_i']):
                tags.append('phone:label')
            if po['p_udig'] != pcc['p_udig']:
                tags.append('phone:urdu_digits')
            if po['p_ext'] != pcc['p_ext'] and ent.get('ext_for') in si and ent.get('ext_for') in sc:
                tags.append('phone:extension')
        if orig - sc:
            new = [x for x in pi if der.get(x, x) not in sc]
            if hn_what:
                tags.append('phone:different_number')
            elif all(x in inc['ent']['phones'] for x in new):
                tags.append('phone:other_number' if not (si & sc) else 'phone:number_added')
            else:
                tags.append('phone:new_number' if not (si & sc) else 'phone:number_added')
        if sc - orig and not (hn_what and not (si & sc)):
            tags.append('phone:number_dropped')
    # address
    ai, ac = inc['ids']['addr'], comp['ids']['addr']
    if ai is not None and ac is None:
        tags.append('address:added')
    elif ac is not None and ai is None:
        tags.append('address:dropped')
    elif ai is not None and ai != ac:
        tags.append('address:different_address' if hn_what else 'address:moved')
    elif ai is not None:
        ao, acp = oi['a'], oc['a']
        if ao['a_script'] != acp['a_script']:
            tags.append('address:' + ('urdu_script' if ao['a_script'] == 'urdu' else 'transliterated'))
        adr = ADDRS[ai]
        lat = ao['a_script'] == 'latin' and acp['a_script'] == 'latin'
        for k, what in A_OPT:
            if ao.get(k) == acp.get(k):
                continue
            if k in ('unit', 'street', 'road', 'rno', 'area', 'floor_f', 'bldg_f', 'lm_f', 'a_case', 'sep') and not lat:
                continue
            if k in ADDR_FORM_KEYS and adr.get(ADDR_FORM_KEYS[k]) is None and not (k == 'area' and adr.get('chak')):
                continue
            tags.append('address:' + what)
        if ao['city'] != acp['city']:
            kinds = (ao['city'][0], acp['city'][0])
            tags.append('address:' + ('city_typo' if 'typo' in kinds else 'city_urdu' if 'urdu' in kinds else 'city_alias'))
    tags += inc['noise'] + comp['noise']
    out = []
    for t in tags:
        f = t.split(':')[0]
        if ci[f] != cc[f] and t not in out:
            out.append(t)
    for f in FIELDS:
        if ci[f] != cc[f] and not any(t.startswith(f + ':') for t in out):
            out.append(f + ':format')
            FALLBACKS.append((f, inc['source']))
    return out


# ------------------------------------------------------------------ world
def person_name_dict(e):
    return {'title': e['title'], 'muh': e['muh'], 'given': e['given'], 'second': e['second'], 'family': e['family']}


def build_chains(existing, reserve):
    for ci, (core, trade, city) in enumerate(CHAINS):
        dom = free_domain(slug(core) + ('' if p(0.5) else slug(trade)[:6]), ['.com.pk', '.pk', '.com'])
        ho = reg_email(ch(['accounts', 'info', 'purchase', 'headoffice']) + '@' + dom)
        uan = new_uan(city) if p(0.6) else None
        areas = list(AREAS.get(city, GENERIC_AREAS))
        R.shuffle(areas)
        nb = R.randint(5, 7) + (1 if ci < 12 else 0)
        members = []
        outlet_n = 2
        for b in range(nb):
            bcity = city
            if b == 0:
                br = {'kind': 'main'}
                ar = areas[0]
            elif p(0.25):
                br = {'kind': 'outlet', 'n': outlet_n}
                outlet_n += 1
                ar = areas[b % len(areas)]
            else:
                ar = areas[b % len(areas)]
                lab = re.sub(r'\s*(Block|Phase|No\.|Sector).*$', '', ar['n']).replace('Allama Iqbal Town', 'Iqbal Town')
                lab = lab if not re.match(r'^[A-Z]-\d', lab) else ar['n']
                if any(m['branch'].get('label') == lab for m in members):
                    br = {'kind': 'outlet', 'n': outlet_n}
                    outlet_n += 1
                else:
                    br = {'kind': 'area', 'label': lab, 'label_u': ar['u']}
            e = org_base('chain_branch', bcity, core, trade)
            e['branch'] = br
            e['chain'] = ci
            e['phones'] = []
            if p(0.6):
                e['phones'].append(new_landline(bcity))
            if p(0.6) or not e['phones']:
                e['phones'].append(new_mobile())
            if uan is not None and p(0.7):
                e['phones'].append(uan)
            e['emails'] = [ho]
            e['addr'] = make_address(bcity, 'shop', area=ar)
            org_contact(e, 0.35)
            e['core_pref'] = 0
            members.append(e)
        for k, e in enumerate(members):
            if ci < 12 and k == len(members) - 1:
                reserve['other_branch'].append(e)
            else:
                existing.append(e)


def build_groups(existing, reserve):
    for gi, core in enumerate(GROUPS):
        city = ch(['lahore', 'lahore', 'karachi', 'faisalabad', 'rawalpindi', 'multan', 'gujranwala', 'sialkot', 'peshawar'])
        acct_e = email_with(['accounts.' + slug(core) + 'group', 'fa.' + slug(core) + 'group', slug(core) + 'group.accounts',
                             slug(core) + '.accounts'], [('gmail.com', 70), ('yahoo.com', 30)])
        acct_p = new_landline(city)
        ho = make_address(city, 'office')
        firms = list(GROUP_FIRMS)
        R.shuffle(firms)
        nf = R.randint(3, 4) + (1 if gi < 12 else 0)
        members = []
        for k in range(nf):
            trade, legal = firms[k]
            e = org_base('group_firm', city, core, trade, legal)
            e['group'] = gi
            e['phones'] = [acct_p] + ([new_mobile()] if p(0.6) else [])
            e['emails'] = [acct_e]
            e['addr'] = ho if p(0.5) else make_address(city, ch(['plot', 'shop', 'office']))
            org_contact(e, 0.4)
            members.append(e)
        for k, e in enumerate(members):
            if gi < 12 and k == len(members) - 1:
                reserve['group_company'].append(e)
            else:
                existing.append(e)


def build_agents(existing, reserve):
    for ai, (nm, suffix) in enumerate(AGENT_NAMES):
        city = ch(['lahore', 'faisalabad', 'multan', 'gujranwala', 'rawalpindi', 'karachi', 'sargodha', 'sahiwal',
                   'peshawar', 'hyderabad', 'sialkot'])
        ae = email_with([slug(nm) + '.' + slug(suffix), slug(nm) + slug(suffix)[:6], slug(suffix)[:8] + '.' + slug(nm),
                         'tax.' + slug(nm)], [('gmail.com', 75), ('yahoo.com', 15), ('hotmail.com', 10)])
        ap = new_mobile()
        n = R.randint(2, 3) + (1 if ai < 11 else 0)
        cores = []
        members = []
        while len(members) < n:
            kind = wch([('pharmacy', 50), ('distributor', 35), ('hospital_clinic', 15)])
            ccity = city if p(0.6) else ch(['lahore', 'kasur', 'okara', 'sheikhupura', 'jhang', 'chiniot', 'kamoke'])
            e = new_org(kind, ccity)
            if e['core'] in cores or CITY[ccity]['cc'] != 'PK':
                continue
            cores.append(e['core'])
            e['agent'] = ai
            e['emails'] = [ae]
            own = [x for x in e['phones'] if PHONES[x]['kind'] != 'mob']
            e['phones'] = [ap] + own[:1]
            e['new'] = False
            members.append(e)
        for k, e in enumerate(members):
            if ai < 11 and k == len(members) - 1:
                reserve['shared_agent_mailbox'].append(e)
            else:
                existing.append(e)


def build_govt(existing, reserve):
    for fi, (typ, city) in enumerate(GOVT_FAC):
        sw = new_landline(city)
        addr = make_address(city, 'hospital')
        depts = list(DEPTS)
        R.shuffle(depts)
        nd = R.randint(3, 4) + (1 if fi < 11 else 0)
        fac = {'type': typ, 'town': CITY[city]['name'], 'town_u': CITY[city]['urdu']}
        members = []
        for k in range(nd):
            e = org_base('govt', city, None, None)
            e['fac'] = fac
            e['dept'] = depts[k]
            e['phones'] = [sw] + ([new_mobile()] if p(0.35) else [])
            if p(0.4):
                e['ext'] = str(R.randint(100, 399))
                e['ext_for'] = sw
            dslug = slug(depts[k][2][0] if len(depts[k][2][0]) < 12 else depts[k][0].split()[0])
            e['emails'] = [email_with([dslug + '.' + typ.lower() + slug(fac['town']), typ.lower() + slug(fac['town']) + '.' + dslug,
                                       'ms.' + typ.lower() + slug(fac['town']) + '.' + dslug],
                                      [('gmail.com', 80), ('yahoo.com', 20)])] if p(0.55) else []
            e['addr'] = addr
            org_contact(e, 0.4)
            if e['contact'] is not None and p(0.5):
                e['contact']['title'] = 'Dr.'
            members.append(e)
        for k, e in enumerate(members):
            if fi < 11 and k == len(members) - 1:
                reserve['public_body_department'].append(e)
            else:
                existing.append(e)
    # basic health units / rural health centres
    for k in range(20):
        if k < 10:
            city = ch(sorted(CHAK_SUFFIX))
            suf = ch(CHAK_SUFFIX[city])
            num = str(R.randint(1, 650)) if suf != 'L' else '%d/%d' % (R.randint(1, 150), R.randint(5, 14))
            sep = '-' if suf == 'L' else '/'
            town = 'Chak No. %s%s%s' % (num, sep, suf)
            town_u = 'چک نمبر %s %s' % (num, CHAK_U[suf])
            typ = 'BHU'
        else:
            town, town_u, city = SMALL_TOWNS[k - 10]
            typ = 'RHC'
        e = org_base('govt', city, None, None)
        e['fac'] = {'type': typ, 'town': town, 'town_u': town_u}
        e['phones'] = [new_mobile()] + ([new_landline(city)] if p(0.3) else [])
        e['emails'] = [email_with([typ.lower() + slug(town), typ.lower() + '.' + slug(town), 'incharge' + typ.lower() + slug(town)],
                                  [('gmail.com', 80), ('yahoo.com', 20)])] if p(0.45) else []
        if typ == 'BHU':
            e['addr'] = make_address(city, 'village', chak=(num, suf, sep))
            if ADDRS[e['addr']]['chak'] != (num, suf, sep):
                raise RuntimeError('bhu chak')
        else:
            e['addr'] = make_address(city, 'hospital')
        org_contact(e, 0.5)
        existing.append(e)


def build_households(existing):
    # spouses, father & son, brothers - all existing customers, sharing address / landline
    for k in range(15):
        h = new_person(gender='m', style='house')
        while h['family'] is None or h['addr'] is None:
            h = new_person(gender='m', style='house')
        r = R.random()
        fam = h['family'] if r < 0.4 else (ch(FEM_SUFFIX) if r < 0.7 else h['given'].split()[-1])
        w = name_person(h['city'], gender='f', family=fam)
        w['eid'] = new_eid()
        set_parent(w, 'w/o', person_name_dict(h))
        w['addr'] = h['addr']
        w['phones'] = [new_mobile(w['cc'])] + [x for x in h['phones'] if PHONES[x]['kind'] == 'land']
        w['emails'] = [personal_email(w)] if p(0.35) else []
        existing += [h, w]
    for k in range(12):
        f = new_person(gender='m', style=ch(['house', 'shop']))
        while f['family'] is None or f['addr'] is None or f['family'] in FEM_SUFFIX:
            f = new_person(gender='m', style=ch(['house', 'shop']))
        g = male_given()
        while g == f['given']:
            g = male_given()
        s = name_person(f['city'], gender='m', family=f['family'], given=g)
        s['eid'] = new_eid()
        set_parent(s, 's/o', person_name_dict(f))
        s['addr'] = f['addr']
        s['phones'] = [new_mobile(s['cc'])] + [x for x in f['phones'] if PHONES[x]['kind'] == 'land']
        s['emails'] = [personal_email(s)] if p(0.5) else []
        existing += [f, s]
    for k in range(12):
        a = new_person(gender='m', style='shop')
        while a['family'] is None or a['addr'] is None:
            a = new_person(gender='m', style='shop')
        if not any(PHONES[x]['kind'] == 'land' for x in a['phones']) and CITY[a['city']]['cc'] == 'PK':
            a['phones'].append(new_landline(a['city']))
        g = male_given()
        while g == a['given']:
            g = male_given()
        b = name_person(a['city'], gender='m', family=a['family'], given=g, second=a['second'], muh=a['muh'])
        b['eid'] = new_eid()
        b['addr'] = a['addr']
        b['phones'] = [new_mobile(b['cc'])] + [x for x in a['phones'] if PHONES[x]['kind'] == 'land']
        b['emails'] = [personal_email(b)] if p(0.4) else []
        existing += [a, b]


def build_world():
    existing = []
    reserve = {'other_branch': [], 'group_company': [], 'shared_agent_mailbox': [], 'public_body_department': []}
    build_chains(existing, reserve)
    build_groups(existing, reserve)
    build_agents(existing, reserve)
    build_govt(existing, reserve)
    n_org_special = len(existing)
    build_households(existing)
    n_persons_target = 525
    n_org_target = N_EXISTING - n_persons_target
    rest_org = n_org_target - n_org_special
    kinds = ['pharmacy'] * int(rest_org * 0.53) + ['distributor'] * int(rest_org * 0.27) + ['trust'] * int(rest_org * 0.06)
    kinds += ['hospital_clinic'] * (rest_org - len(kinds))
    for k in kinds:
        existing.append(new_org(k))
    n_p = n_persons_target - sum(1 for e in existing if e['type'] == 'person')
    for k in range(n_p):
        existing.append(new_person(kind='doctor' if k < 80 else 'person'))
    assert len(existing) == N_EXISTING, len(existing)
    return existing, reserve


# ------------------------------------------------------------------ hard negatives
HN_PLAN = [('namesake_elsewhere', 12), ('namesake_same_city', 11), ('household_member', 11), ('father_son', 12),
           ('spouse', 11), ('brothers_in_business', 11), ('same_name_other_town', 12), ('similar_name_other_trade', 12),
           ('other_branch', 12), ('group_company', 12), ('shared_agent_mailbox', 11), ('later_occupant', 12),
           ('public_body_department', 11)]
HN_WHAT = {'namesake_elsewhere': 'other_person_same_name', 'namesake_same_city': 'other_person_same_name',
           'household_member': 'household_member', 'father_son': 'father_or_son', 'spouse': 'spouse',
           'brothers_in_business': 'brother', 'same_name_other_town': 'other_firm_same_name',
           'similar_name_other_trade': 'other_trade', 'other_branch': 'other_branch',
           'group_company': 'group_sister_company', 'shared_agent_mailbox': 'other_client_of_agent',
           'later_occupant': 'later_occupant', 'public_body_department': 'other_department'}
HN_RULE = {
    'namesake_elsewhere': 'One customer per person. Same name but another person: lives in another city, with a different phone, e-mail and address.',
    'namesake_same_city': 'One customer per person. Same name in the same city, but a different person: different address, phone and e-mail.',
    'household_member': 'One customer per person. A different member of the same household buying on their own account; a shared home address or landline does not make them one customer.',
    'father_son': 'One customer per person. Father and son are separate customers even at the same address and with the same family name.',
    'spouse': 'One customer per person. Husband and wife keep separate accounts; the shared address or landline does not merge them.',
    'brothers_in_business': 'One customer per person. Brothers working from one shop each buy on their own account.',
    'same_name_other_town': 'One customer per legal entity. A different firm with the same (common religious) name in another town, with its own phone, e-mail and address.',
    'similar_name_other_trade': 'One customer per legal entity. A different business of another trade that shares the name element, in the same town.',
    'other_branch': 'One customer per separately billed branch/outlet. Another branch of the same chain, reached through the head-office mailbox.',
    'group_company': "One customer per legal entity. A sister company of the same group, handled at the group accountant's mailbox/phone.",
    'shared_agent_mailbox': "One customer per legal entity. An unrelated client of the same accountant/agent, whose mailbox and phone it uses.",
    'later_occupant': 'One customer per legal entity/person, not per address. A later occupant of the same premises.',
    'public_body_department': 'One customer per government department with its own budget (DDO). Another department of the same hospital.',
}
LATIN_SOURCES = ('desktop', 'reps', 'web')


def fill_org_contacts(e):
    k = e['kind']
    if k == 'pharmacy':
        e['phones'] = org_phones(e, 0.55, 0.9)
        e['emails'] = [org_email(e, 'gmail' if p(0.65) else 'domain')] if p(0.65) else []
    elif k == 'distributor':
        e['phones'] = org_phones(e, 0.75, 0.85)
        e['emails'] = [org_email(e, 'gmail' if p(0.4) else 'domain')] if p(0.85) else []
    else:
        e['phones'] = org_phones(e, 0.8, 0.5)
        e['emails'] = [org_email(e, 'gmail' if p(0.5) else 'domain')] if p(0.75) else []


def land_shown(rec):
    return [x for x in rec['ids']['phone'] if PHONES[x]['kind'] == 'land']


def other_given(g0, gender):
    first0 = g0.split()[0]
    while True:
        g = male_given() if gender == 'm' else wch([(n, w) for n, w, _ in FEMALE])
        if g.split()[0] != first0 and g != g0:
            return g


def build_hn(kind, anchor, reserve_ent):
    """returns (ent, force_ids, name_fix, latin_only) or None."""
    a = anchor['ent']
    ao = anchor['opts']['n']
    if kind in ('namesake_elsewhere', 'namesake_same_city'):
        city = a['city']
        if kind == 'namesake_elsewhere':
            while city == a['city']:
                city = wch(PK_CITY_W)
        e = name_person(city, gender=a['gender'], kind=a['kind'], family=a['family'], given=a['given'],
                        title=a['title'], second=a['second'], muh=a['muh'])
        e['spell'] = dict(a['spell'])
        e['muh_pref'] = a['muh_pref']
        e['eid'] = new_eid()
        person_contacts(e)
        if e['addr'] is None:
            e['addr'] = make_address(city, 'house')

        def fix(o):
            for k in ('spell', 'second', 'family', 'title', 'title_f'):
                o[k] = ao[k]
            o['script'] = 'latin'
            o['nick'] = None
        return e, {'addr': e['addr']}, fix
    if kind in ('household_member', 'father_son', 'spouse', 'brothers_in_business'):
        lands = land_shown(anchor)
        if kind == 'household_member':
            rel = ch(['brother', 'sister', 'mother', 'daughter', 'nephew', 'cousin'])
            gender = 'm' if rel in ('brother', 'nephew', 'cousin') else 'f'
            fam = a['family'] if (gender == 'm' or p(0.5)) and a['family'] not in FEM_SUFFIX else ch(FEM_SUFFIX)
            e = name_person(a['city'], gender=gender, family=fam, given=other_given(a['given'], gender))
        elif kind == 'father_son':
            if a.get('parent') and a['parent']['rel'] == 's/o' and a['parent']['p']['given'].split()[0] != a['given'].split()[0]:
                pp = a['parent']['p']
                e = name_person(a['city'], gender='m', family=a['family'], given=pp['given'], title=pp['title'],
                                second=None, muh=pp['muh'])
            else:
                e = name_person(a['city'], gender='m', family=a['family'], given=other_given(a['given'], 'm'))
                set_parent(e, 's/o', person_name_dict(a))
        elif kind == 'spouse':
            if a['gender'] == 'm':
                r = R.random()
                fam = a['family'] if (r < 0.4 and a['family']) else (ch(FEM_SUFFIX) if r < 0.7 else a['given'].split()[-1])
                e = name_person(a['city'], gender='f', family=fam, given=other_given('x', 'f'))
                set_parent(e, 'w/o', person_name_dict(a))
            else:
                if a.get('parent') and a['parent']['rel'] == 'w/o':
                    pp = a['parent']['p']
                    e = name_person(a['city'], gender='m', family=pp['family'], given=pp['given'], title=pp['title'],
                                    second=pp['second'], muh=pp['muh'])
                else:
                    e = name_person(a['city'], gender='m', given=other_given('x', 'm'),
                                    family=a['family'] if a['family'] not in FEM_SUFFIX else '?')
        else:
            e = name_person(a['city'], gender='m', family=a['family'], given=other_given(a['given'], 'm'),
                            second=a['second'], muh=a['muh'])
        e['eid'] = new_eid()
        e['addr'] = a['addr']
        e['phones'] = [new_mobile(e['cc'])] + lands
        e['emails'] = [personal_email(e)] if p(0.35) else []

        def fix(o):
            o['script'] = 'latin'
            if kind in ('father_son', 'brothers_in_business'):
                o['family'] = True
                o['split'] = 'std'
            if e.get('parent') and kind in ('father_son', 'spouse'):
                o['parent'] = p(0.6)
        return e, {'addr': a['addr'], 'phone': [e['phones'][0]] + lands}, fix
    if kind in ('same_name_other_town', 'similar_name_other_trade'):
        if kind == 'same_name_other_town':
            city = a['city']
            while city == a['city']:
                city = wch(PK_CITY_W)
            e = org_base(a['kind'], city, a['core'], a['trade'], a['legal'])
            st = 'shop'
            templ = None
        else:
            city = a['city']
            tr = ch([t for t in OTHER_TRADES if t != a['trade']])
            kk = 'hospital_clinic' if tr in ('Clinic', 'Laboratory', 'Dental Clinic') else (
                'distributor' if tr == 'Surgical Traders' else 'pharmacy')
            e = org_base(kk, city, a['core'], tr, None)
            st = 'shop'
            ad = ADDRS[a['addr']] if a['addr'] is not None else None
            templ = a['addr'] if (ad and ad['unit'] and ad['unit'][0] == 'Shop' and p(0.6)) else None
        e['new'] = a['new']
        e['core_pref'] = a['core_pref']
        e['trade_pref'] = a['trade_pref']
        org_contact(e, 0.4)
        fill_org_contacts(e)
        e['addr'] = make_address(city, st, template=templ)

        def fix(o):
            o['script'] = 'latin'
            o['core'] = ao['core']
            o['citysfx'] = None
            o['ms'] = None
            if kind == 'same_name_other_town':
                o['trade'] = ao['trade'] if ao['trade'] >= 0 else 0
                o['legal'] = ao['legal']
        return e, {'addr': e['addr']}, fix
    e = reserve_ent
    if kind == 'other_branch':
        force = {'email': [e['emails'][0]]}
        sh = [x for x in anchor['ids']['phone'] if x in e['phones']]
        force['phone'] = [x for x in e['phones'] if x not in sh][:1] + sh
    elif kind == 'group_company':
        force = {'email': [e['emails'][0]], 'phone': list(e['phones']), 'addr': e['addr']}
    elif kind == 'shared_agent_mailbox':
        force = {'email': [e['emails'][0]], 'phone': list(e['phones'])}
    elif kind == 'public_body_department':
        force = {'addr': e['addr'], 'phone': [e['phones'][0]]}
    elif kind == 'later_occupant':
        if a['type'] == 'person':
            e = new_person(city=a['city'])
        else:
            e = new_org(ch(['pharmacy', 'pharmacy', 'distributor', 'hospital_clinic']), city=a['city'])
        e['addr'] = a['addr']
        force = {'addr': a['addr']}
    else:
        raise ValueError(kind)

    def fix(o):
        if kind in ('other_branch', 'group_company', 'public_body_department'):
            o['script'] = 'latin'
            o['ms'] = None
            if e['type'] == 'org':
                o['core'] = ao['core']
            if kind == 'public_body_department':
                o['fac'] = ao['fac']
                o['dept'] = 0
    return e, force, fix


def hn_claims(kind, hn, an):
    """compute what is shared and verify the hard negative is a real other customer (gen side)."""
    person = hn['ent']['type'] == 'person'
    ch_, ca = hn['contact'], an['contact']
    shared = contact_shared(hn, an)
    claims = []
    ok = True
    c1 = resolve_city(ch_['address']['city']) if ch_['address'] else None
    c2 = resolve_city(ca['address']['city']) if ca['address'] else None
    if kind in ('namesake_elsewhere', 'namesake_same_city'):
        k1, k2 = person_key(ch_['displayName']), person_key(ca['displayName'])
        ok = k1 is not None and k1 == k2 and not shared and c1 is not None and c2 is not None
        ok = ok and ((c1 != c2) if kind == 'namesake_elsewhere' else (c1 == c2))
        claims = ['name'] + (['city'] if kind == 'namesake_same_city' else [])
    elif kind in ('household_member', 'father_son', 'spouse', 'brothers_in_business'):
        t1, t2 = person_tokens(ch_['displayName']), person_tokens(ca['displayName'])
        g1 = [t for t in (t1 or []) if t != 'muhammad'][:1]
        g2 = [t for t in (t2 or []) if t != 'muhammad'][:1]
        ok = bool(t1) and bool(t2) and g1 != g2 and 'address' in shared
        s1, s2 = surname(ch_), surname(ca)
        if kind in ('father_son', 'brothers_in_business'):
            ok = ok and s1 is not None and s1 == s2
            claims = ['familyName']
        elif s1 is not None and s1 == s2:
            claims = ['familyName']
    elif kind in ('same_name_other_town', 'similar_name_other_trade', 'other_branch', 'group_company'):
        t1, t2 = org_tokens(ch_['companyName']), org_tokens(ca['companyName'])
        ok = bool(t1) and bool(t2)
        if ok and kind == 'same_name_other_town':
            ok = ''.join(t1) == ''.join(t2) and not shared and c1 is not None and c2 is not None and c1 != c2
            claims = ['name']
        elif ok:
            ok = t1[0] == t2[0] and ''.join(t1) != ''.join(t2)
            claims = ['name_core']
            if kind == 'similar_name_other_trade':
                ok = ok and not shared and c1 is not None and c1 == c2
                claims.append('city')
            elif kind == 'other_branch':
                ok = ok and 'email' in shared
            else:
                ok = ok and ('email' in shared or 'phone' in shared)
    elif kind == 'shared_agent_mailbox':
        t1, t2 = org_tokens(ch_['companyName']), org_tokens(ca['companyName'])
        ok = bool(t2) and (not t1 or t1[0] != t2[0]) and ('email' in shared or 'phone' in shared)
    elif kind == 'later_occupant':
        k1, k2 = name_key(ch_, person), name_key(an['contact'], an['ent']['type'] == 'person')
        ok = 'address' in shared and 'email' not in shared and 'phone' not in shared
        ok = ok and (k1 is None or k2 is None or k1 != k2)
        if not person and an['ent']['type'] == 'org':
            t1, t2 = org_tokens(ch_['companyName']), org_tokens(ca['companyName'])
            ok = ok and not (t1 and t2 and t1[0] == t2[0])
    elif kind == 'public_body_department':
        f1, f2 = facility(ch_), facility(ca)
        ok = f1 is not None and f1 == f2 and 'address' in shared and org_key(ch_['companyName']) != org_key(ca['companyName'])
        claims = ['facility']
    return ok, claims + shared


# ------------------------------------------------------------------ assembly
SRC_W = {'person': [('desktop', 20), ('reps', 35), ('web', 10), ('urdu', 35)],
         'doctor': [('desktop', 20), ('reps', 30), ('web', 30), ('urdu', 20)],
         'pharmacy': [('desktop', 15), ('reps', 30), ('web', 35), ('urdu', 20)],
         'chain_branch': [('desktop', 15), ('reps', 30), ('web', 35), ('urdu', 20)],
         'distributor': [('desktop', 35), ('reps', 30), ('web', 20), ('urdu', 15)],
         'group_firm': [('desktop', 35), ('reps', 30), ('web', 20), ('urdu', 15)],
         'hospital_clinic': [('desktop', 25), ('reps', 30), ('web', 25), ('urdu', 20)],
         'trust': [('desktop', 25), ('reps', 30), ('web', 25), ('urdu', 20)],
         'govt': [('desktop', 40), ('reps', 30), ('web', 5), ('urdu', 25)]}
PROFILE_W = [('light', 35), ('medium', 40), ('harsh', 25)]


def pick_source(ent):
    if ent['cc'] != 'PK':
        return ch(['desktop', 'web'])
    return wch(SRC_W[ent['kind']])


def existing_noise(rec):
    c = rec['contact']
    if p(0.04):
        if rec['ent']['type'] == 'person':
            c['displayName'] = clean(typo(c['displayName']))
            rec['noise'].append('displayName:typo')
        else:
            old = c['companyName']
            c['companyName'] = clean(typo(old))
            if c['displayName'] == old:
                c['displayName'] = c['companyName']
                rec['noise'].append('displayName:typo')
            rec['noise'].append('companyName:typo')


def disambiguate(recs):
    for rnd in range(4):
        seen = {}
        dup = False
        for r in recs:
            k = r['contact']['displayName'].casefold()
            if k in seen:
                dup = True
                e = r['ent']
                c = CITY[e['city']]['name']
                ad = ADDRS[e['addr']] if e['addr'] is not None else None
                area = ad['area']['n'] if ad and ad['area'] else None
                if rnd == 0:
                    sfx = ch([' (%s)', ' - %s']) % c
                elif rnd == 1 and area:
                    sfx = ' (%s)' % area
                else:
                    sfx = ' %d' % (rnd + 1)
                r['contact']['displayName'] = r['contact']['displayName'] + sfx
                r['opts']['n']['disamb'] = (r['opts']['n'].get('disamb') or '') + sfx
            else:
                seen[k] = r
        if not dup:
            return
    raise RuntimeError('display names not unique')


def name_city_ok(rec, comp, keyc, corec):
    person = rec['ent']['type'] == 'person'
    k1, k2 = name_key(rec['contact'], person), name_key(comp['contact'], person)
    if not k1 or k1 != k2:
        return False
    if person:
        if len(k2.split()) < 3 or keyc.get(('p', k2), 0) != 1:
            return False
    else:
        if keyc.get(('o', k2), 0) != 1:
            return False
    a1, a2 = rec['contact']['address'], comp['contact']['address']
    if not a1 or not a2:
        return False
    c1, c2 = resolve_city(a1['city']), resolve_city(a2['city'])
    return c1 is not None and c1 == c2


def findable_record(ent, comp, profile, keyc, corec, allow_name=True):
    for attempt in range(60):
        source = pick_source(ent)
        prof = profile if attempt < 40 else 'light'
        rec = make_record(ent, source, prof, comp)
        ev = contact_shared(rec, comp)
        if ev:
            return rec, ev, 'contact'
        if allow_name and name_city_ok(rec, comp, keyc, corec):
            return rec, ev, 'name+city'
    raise RuntimeError('could not make findable record for %s' % ent['eid'])


def contact_json(c):
    out = {}
    for f in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
        out[f] = c[f]
    a = c['address']
    if a is not None:
        a = dict((k, a[k]) for k in ('line1', 'line2', 'city', 'region', 'postalCode', 'country'))
        if all(v is None for v in a.values()):
            a = None
    out['address'] = a
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    existing_ents, reserve = build_world()
    ex = []
    for e in existing_ents:
        r = make_record(e, 'qbo')
        existing_noise(r)
        ex.append(r)
    disambiguate(ex)
    ex.sort(key=lambda r: r['contact']['displayName'].casefold())
    ex_index = {}
    for i, r in enumerate(ex):
        ex_index[r['ent']['eid']] = i
    keyc, corec = {}, {}
    for r in ex:
        person = r['ent']['type'] == 'person'
        k = name_key(r['contact'], person)
        if k:
            keyc[('p' if person else 'o', k)] = keyc.get(('p' if person else 'o', k), 0) + 1
        if not person:
            t = org_tokens(r['contact']['companyName'])
            if t:
                corec[t[0]] = corec.get(t[0], 0) + 1

    incoming = []  # dicts: rec, meta
    # ---- matches
    targets = R.sample(list(range(N_EXISTING)), 700)
    reps = [1] * 590 + [2] * 95 + [3] * 15
    for t, n in zip(targets, reps):
        comp = ex[t]
        for _ in range(n):
            prof = wch(PROFILE_W)
            rec, ev, how = findable_record(comp['ent'], comp, prof, keyc, corec)
            meta = {'category': 'match', 'profile': rec['profile'] if rec['profile'] else 'light',
                    'evidence': ev, 'findable_by': how, 'compare_set': 'existing', 'compare_eid': comp['ent']['eid'],
                    'changes': compute_changes(rec, comp)}
            incoming.append({'rec': rec, 'meta': meta})
    assert len(incoming) == N_MATCH
    # ---- new customers
    new_ents = []
    for k in range(400):
        kind = wch([('person', 34), ('doctor', 8), ('pharmacy', 28), ('distributor', 15), ('hospital_clinic', 10), ('trust', 5)])
        new_ents.append(new_person(kind=kind) if kind in ('person', 'doctor') else new_org(kind))
    order = list(range(400))
    R.shuffle(order)
    occ_n = {}
    for pos, i in enumerate(order):
        occ_n[i] = 3 if pos < 25 else (2 if pos < 100 else 1)
    for i, e in enumerate(new_ents):
        first = make_record(e, pick_source(e), None, None)
        group = [{'rec': first, 'meta': {'category': 'new', 'occ_rank': 1, 'changes': []}}]
        for k in range(2, occ_n[i] + 1):
            prof = wch(PROFILE_W)
            rec, ev, how = findable_record(e, first, prof, keyc, corec, allow_name=False)
            group.append({'rec': rec, 'meta': {'category': 'new', 'occ_rank': k, 'profile': rec['profile'] or 'light',
                                               'evidence': ev, 'findable_by': how,
                                               'changes': compute_changes(rec, first)}})
        for g in group:
            g['meta']['group'] = e['eid']
        incoming += group
    assert len(incoming) == N_MATCH + N_NEW, len(incoming)
    # ---- hard negatives
    used_anchor = set()
    addr_users = {}
    for e in existing_ents + new_ents:
        if e.get('addr') is not None:
            addr_users[e['addr']] = addr_users.get(e['addr'], 0) + 1
    ex_order = list(range(N_EXISTING))
    R.shuffle(ex_order)

    def anchors_for(kind):
        out = []
        for i in ex_order:
            r = ex[i]
            e = r['ent']
            c = r['contact']
            if e['eid'] in used_anchor:
                continue
            if has_arabic(c['displayName']) or re.search(r'[^\x00-\x7f]', c['displayName']):
                continue
            if kind in ('namesake_elsewhere', 'namesake_same_city', 'household_member', 'father_son', 'spouse',
                        'brothers_in_business'):
                if e['type'] != 'person' or e['cc'] != 'PK' or c['address'] is None:
                    continue
                if kind in ('father_son', 'brothers_in_business') and (e['gender'] != 'm' or not e['family'] or surname(c) is None):
                    continue
                if kind == 'brothers_in_business' and not land_shown(r):
                    continue
                if kind == 'spouse' and e['gender'] == 'f' and not (e.get('parent') and e['parent']['rel'] == 'w/o'):
                    continue
                if kind == 'namesake_elsewhere' and len(person_key(c['displayName']).split()) < 2:
                    continue
            elif kind in ('same_name_other_town', 'similar_name_other_trade'):
                if e['kind'] not in ('pharmacy', 'distributor', 'hospital_clinic', 'trust') or e['cc'] != 'PK':
                    continue
                if e.get('agent') is not None or c['address'] is None or org_tokens(c['companyName']) is None:
                    continue
            elif kind == 'later_occupant':
                if c['address'] is None or e['cc'] != 'PK' or ADDRS[e['addr']]['digitless'] or addr_users.get(e['addr']) != 1:
                    continue
                if r['ids']['addr'] != e['addr']:
                    continue
            out.append(i)
        return out

    n_hn = 0
    for kind, cnt in HN_PLAN:
        made = 0
        if kind in ('other_branch', 'group_company', 'shared_agent_mailbox', 'public_body_department'):
            pool = [(None, x) for x in reserve[kind]]
        else:
            pool = [(i, None) for i in anchors_for(kind)]
        for ai, res in pool:
            if made == cnt:
                break
            if res is not None:
                key = {'other_branch': 'chain', 'group_company': 'group', 'shared_agent_mailbox': 'agent',
                       'public_body_department': 'fac'}[kind]
                cands = [i for i in ex_order if ex[i]['ent'].get(key) is not None and ex[i]['ent'].get(key) == res.get(key)]
                if kind == 'other_branch':
                    cands = [i for i in cands if res['emails'][0] in ex[i]['ids']['email']]
                elif kind == 'group_company' or kind == 'shared_agent_mailbox':
                    both = set(res['emails'][:1] + res['phones'][:1])
                    cands = sorted([i for i in cands if both & set(ex[i]['ids']['email'] + ex[i]['ids']['phone'])],
                                   key=lambda i: -len(both & set(ex[i]['ids']['email'] + ex[i]['ids']['phone'])))
                else:
                    cands = [i for i in cands if ex[i]['ids']['addr'] == res['addr']]
                if not cands:
                    continue
                ai = cands[0]
            anchor = ex[ai]
            done = False
            for attempt in range(25):
                built = build_hn(kind, anchor, res)
                hent, force, fix = built
                latin_only = kind not in ('later_occupant', 'shared_agent_mailbox')
                src = ch(LATIN_SOURCES) if latin_only else pick_source(hent)
                if hent['cc'] != 'PK':
                    src = ch(['desktop', 'web'])
                rec = make_record(hent, src, 'light', None, force=force, name_fix=fix, name_typos=not latin_only)
                ok, shared = hn_claims(kind, rec, anchor)
                if ok:
                    done = True
                    break
            if not done:
                continue
            used_anchor.add(anchor['ent']['eid'])
            meta = {'category': 'hard_negative', 'anchor_eid': anchor['ent']['eid'], 'hn_type': kind,
                    'rule': HN_RULE[kind], 'shared': shared, 'changes': compute_changes(rec, anchor, HN_WHAT[kind])}
            incoming.append({'rec': rec, 'meta': meta})
            made += 1
        if made != cnt:
            raise RuntimeError('hard negatives %s: %d of %d' % (kind, made, cnt))
        n_hn += made
    assert len(incoming) == 1500, len(incoming)

    # ---- shuffle incoming, keep occurrences of a new customer in order
    R.shuffle(incoming)
    groups = {}
    gorder = []
    for pos, it in enumerate(incoming):
        g = it['meta'].get('group')
        if g is not None:
            if g not in groups:
                groups[g] = []
                gorder.append(g)
            groups[g].append(pos)
    for g in gorder:
        poss = groups[g]
        items = sorted([incoming[q] for q in poss], key=lambda it: it['meta']['occ_rank'])
        for q, it in zip(poss, items):
            incoming[q] = it
    first_pos = {}
    for pos, it in enumerate(incoming):
        g = it['meta'].get('group')
        if g is not None and it['meta']['occ_rank'] == 1:
            first_pos[g] = pos

    # ---- write
    os.makedirs(args.out, exist_ok=True)
    set_lines, meta_lines = [], []
    for i, r in enumerate(ex):
        set_lines.append({'set': 'existing', 'entity': r['ent']['eid'], 'contact': contact_json(r['contact'])})
        meta_lines.append({'set': 'existing', 'index': i, 'entity': r['ent']['eid'], 'category': 'existing',
                           'kind': r['ent']['kind'], 'source': 'quickbooks', 'changes': []})
    for i, it in enumerate(incoming):
        r, m = it['rec'], it['meta']
        set_lines.append({'set': 'incoming', 'entity': r['ent']['eid'], 'contact': contact_json(r['contact'])})
        out = {'set': 'incoming', 'index': i, 'entity': r['ent']['eid'], 'category': m['category'],
               'kind': r['ent']['kind'], 'source': SOURCE_NAMES[r['source']], 'changes': m['changes']}
        if m['category'] == 'match':
            out.update({'profile': m['profile'], 'evidence': m['evidence'], 'findable_by': m['findable_by'],
                        'compare_set': 'existing', 'compare_index': ex_index[m['compare_eid']]})
        elif m['category'] == 'new':
            out['occurrence'] = m['occ_rank']
            if m['occ_rank'] >= 2:
                out.update({'profile': m['profile'], 'evidence': m['evidence'], 'findable_by': m['findable_by'],
                            'compare_set': 'incoming', 'compare_index': first_pos[m['group']]})
        else:
            out.update({'anchor': m['anchor_eid'], 'anchor_index': ex_index[m['anchor_eid']], 'hn_type': m['hn_type'],
                        'rule': m['rule'], 'shared': m['shared']})
        meta_lines.append(out)
    with open(os.path.join(args.out, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for x in set_lines:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(args.out, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for x in meta_lines:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    if os.environ.get('GEN_DEBUG'):
        import sys
        sys.stderr.write('fallback tags: %d %s\n' % (len(FALLBACKS), FALLBACKS[:40]))


SOURCE_NAMES = {'qbo': 'quickbooks', 'desktop': 'desktop_import', 'reps': 'sales_reps_app', 'web': 'web_portal',
                'urdu': 'urdu_order_sheet'}

if __name__ == '__main__':
    main()
