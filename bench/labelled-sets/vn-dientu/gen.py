#!/usr/bin/env python3
"""Generator for the synthetic record-linkage set 'vn-dientu'.

Scenario: customer list (QuickBooks Online, VND) of an invented Ho Chi Minh City
distributor of electrical equipment with a Ha Noi branch.  Everything is invented.
Python 3 standard library only; one random.Random(SEED); no iteration over sets.
Usage: python3 gen.py [--out DIR]   -> writes set.jsonl and meta.jsonl
"""
import argparse
import json
import os
import random
import re
import unicodedata

SEED = 84028
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_MATCH = 825
N_HN = 150
# new customers: 306 once + 72 twice + 25 three times = 525 records, 403 entities
NEW_PLAN = [1] * 306 + [2] * 72 + [3] * 25


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


# ---------------------------------------------------------------- text tools
def nfc(s):
    return unicodedata.normalize('NFC', s)


def strip_diac(s):
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return nfc(''.join(c for c in unicodedata.normalize('NFD', s)
                       if unicodedata.category(c) != 'Mn'))


def mojibake(s, enc):
    out = []
    for b in s.encode('utf-8'):
        try:
            out.append(bytes([b]).decode(enc))
        except UnicodeDecodeError:
            out.append(chr(b))
    return ''.join(out)


def mangle_marks(s):
    """keep tone marks, lose the letter marks (circumflex, breve, horn, stroke)"""
    s = s.replace('Đ', 'D').replace('đ', 'd')
    d = unicodedata.normalize('NFD', s)
    return nfc(''.join(c for c in d if c not in '\u0302\u0306\u031b'))


OLD_TONE = [('òa', 'oà'), ('óa', 'oá'), ('ỏa', 'oả'), ('õa', 'oã'), ('ọa', 'oạ'),
            ('òe', 'oè'), ('óe', 'oé'), ('ùy', 'uỳ'), ('úy', 'uý'), ('ủy', 'uỷ'),
            ('ũy', 'uỹ'), ('ụy', 'uỵ'), ('Ủy', 'Uỷ')]


def old_tone(s):
    for a, b in OLD_TONE:
        s = s.replace(a, b)
    return s


def has_old_tone_target(s):
    return any(a in s for a, _ in OLD_TONE)


def dz_style(s):
    """Vietnamese-American spelling: D (z sound) -> Dz, then accents dropped."""
    s = re.sub(r'\bD(?=[^đĐ])', 'Dz', s)
    return strip_diac(s)


TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323'


def tone_typo(s):
    words = s.split(' ')
    cands = [i for i, w in enumerate(words) if any(c in TONE_MARKS for c in unicodedata.normalize('NFD', w))]
    if not cands:
        return s
    i = ch(cands)
    d = unicodedata.normalize('NFD', words[i])
    out = []
    done = False
    for c in d:
        if c in TONE_MARKS and not done:
            done = True
            if c == '\u0309':
                out.append('\u0303')      # hoi -> nga (southern confusion)
            elif c == '\u0303':
                out.append('\u0309')
            elif chance(0.5):
                continue                   # tone dropped
            else:
                out.append(ch([t for t in TONE_MARKS if t != c]))
        else:
            out.append(c)
    words[i] = nfc(''.join(out))
    return ' '.join(words)


KEYROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']


def adjacent(c):
    lc = c.lower()
    for row in KEYROWS:
        j = row.find(lc)
        if j >= 0:
            opts = [row[k] for k in (j - 1, j + 1) if 0 <= k < len(row)]
            r = ch(opts)
            return r.upper() if c.isupper() else r
    return c


def typo(s):
    pos = [i for i, c in enumerate(s) if c.isalpha() and i > 0]
    if len(pos) < 3:
        return s
    i = ch(pos)
    op = ch(['del', 'dup', 'swap', 'adj'])
    if op == 'del':
        return s[:i] + s[i + 1:]
    if op == 'dup':
        return s[:i] + s[i] + s[i:]
    if op == 'swap' and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if s[i].isascii():
        return s[:i] + adjacent(s[i]) + s[i + 1:]
    return s[:i] + s[i + 1:]


def slug(s):
    return re.sub(r'[^a-z0-9]', '', strip_diac(s).lower())


# ---------------------------------------------------------------- registries
USED_IDS = set()
USED_EMAILS = set()
USED_PHONES = set()
USED_ADDR = set()
USED_CNAMES = set()


def new_id():
    while True:
        x = 'c%07x' % R.getrandbits(28)
        if x not in USED_IDS:
            USED_IDS.add(x)
            return x


# ---------------------------------------------------------------- names
SURNAMES = [('Nguyễn', 38), ('Trần', 11), ('Lê', 9), ('Phạm', 7), ('Hoàng', 4), ('Huỳnh', 4),
            ('Phan', 4), ('Vũ', 3), ('Võ', 4), ('Đặng', 2), ('Bùi', 2), ('Đỗ', 2), ('Hồ', 2),
            ('Ngô', 2), ('Dương', 1), ('Lý', 1), ('Trương', 1), ('Đinh', 1), ('Lâm', 1), ('Mai', 1),
            ('Đoàn', 1), ('Tô', 1), ('Cao', 1), ('Hà', 1), ('Lương', 1), ('Thái', 1), ('Kiều', 1)]
MID_M = ['Văn', 'Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Ngọc', 'Xuân', 'Hoàng', 'Gia', 'Tấn', 'Trọng']
MID_F = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Thu', 'Mỹ', 'Kim', 'Bích', 'Hồng', 'Phương', 'Thùy', 'Thị Bích', 'Thị Ngọc', 'Thị Thu']
GIV_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Tuấn', 'Hải', 'Long', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Thắng',
         'Trung', 'Việt', 'Khoa', 'Đạt', 'Huy', 'Kiên', 'Lộc', 'Tài', 'Thành', 'Vinh', 'Tùng', 'Hiếu', 'Phong',
         'Trí', 'Nhân', 'Đông', 'Hòa', 'Khánh', 'Tú', 'Cương', 'Bảo', 'Duy', 'Hưng', 'Toàn', 'Thịnh', 'Lâm', 'Quý']
GIV_F = ['Lan', 'Hoa', 'Hương', 'Ngọc', 'Trang', 'Linh', 'Mai', 'Thảo', 'Hạnh', 'Nhung', 'Yến', 'Vy', 'Anh',
         'Dung', 'Hằng', 'Nga', 'Oanh', 'Phượng', 'Quyên', 'Tâm', 'Thủy', 'Tuyết', 'Uyên', 'Xuân', 'Diễm',
         'Giang', 'Ly', 'My', 'Nhi', 'Ngân', 'Loan', 'Thoa', 'Hiền', 'Trinh']
FATHER_SON = {'Hùng': 'Hưng', 'Tuấn': 'Tuân', 'An': 'Ân', 'Thắng': 'Thăng', 'Phúc': 'Phú', 'Thành': 'Thanh',
              'Khánh': 'Khang', 'Bình': 'Bính', 'Việt': 'Viết', 'Tú': 'Tư', 'Cường': 'Cương', 'Hiếu': 'Hiểu',
              'Hưng': 'Hùng', 'Long': 'Lòng', 'Dũng': 'Dụng'}
HOA_FAM = ['Lâm', 'Quách', 'Lý', 'Trịnh', 'Hứa', 'Tạ', 'Diệp', 'Mạch', 'Châu', 'Lưu', 'Tăng', 'La', 'Vương', 'Triệu']
HOA_MID = ['Gia', 'Vĩnh', 'Tú', 'Chấn', 'Mỹ', 'Bảo', 'Khải', 'Huệ', 'Quốc', 'Thế', 'Ngọc']
HOA_GIV = ['Huy', 'Khang', 'Linh', 'Phong', 'Kiệt', 'Vinh', 'Hào', 'Quân', 'Mẫn', 'Nghi', 'Cường', 'Phát', 'Tuệ']
KR_FAM = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin']
KR_GIV = ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Hyun-woo', 'Soo-jin', 'Dong-hyun', 'Jae-won', 'Eun-ji', 'Sung-min',
          'Young-ho', 'Ji-woo', 'Tae-yang', 'Hye-jin', 'Sang-woo']
JP_FAM = ['Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato']
JP_GIV = ['Hiroshi', 'Takeshi', 'Yuki', 'Kenji', 'Akira', 'Naoko', 'Yuko', 'Daisuke', 'Satoshi', 'Haruka']
TW_FAM = [('Chen', 'Trần'), ('Lin', 'Lâm'), ('Huang', 'Hoàng'), ('Wang', 'Vương'), ('Li', 'Lý'), ('Zhang', 'Trương'),
          ('Wu', 'Ngô'), ('Tsai', 'Thái'), ('Liu', 'Lưu'), ('Yang', 'Dương')]
TW_GIV = [('Wei', 'Vĩ'), ('Ming', 'Minh'), ('Jie', 'Kiệt'), ('Zhi', 'Chí'), ('Hao', 'Hào'), ('Hua', 'Hoa'),
          ('Jun', 'Tuấn'), ('Kai', 'Khải'), ('Wen', 'Văn'), ('Long', 'Long'), ('Xiong', 'Hùng'), ('Guo', 'Quốc')]
WE_GIV = [('David', 'm'), ('Michael', 'm'), ('John', 'm'), ('Peter', 'm'), ('Mark', 'm'), ('James', 'm'),
          ('Sarah', 'f'), ('Emma', 'f'), ('Laura', 'f'), ('Thomas', 'm'), ('Daniel', 'm'), ('Anna', 'f')]
WE_FAM = ['Miller', 'Walker', 'Clarke', 'Schmidt', 'Dubois', 'Rossi', 'Hansen', 'Wilson', 'Taylor', 'Bennett', 'Fischer']
WE_NICK = {'Michael': 'Mike', 'Thomas': 'Tom', 'Daniel': 'Dan', 'James': 'Jim', 'Peter': 'Pete', 'David': 'Dave'}
VNAM_WEST = [('Kevin', 'm'), ('Tony', 'm'), ('Jenny', 'f'), ('Tina', 'f'), ('Vivian', 'f'), ('Kathy', 'f'),
             ('Johnny', 'm'), ('Linda', 'f'), ('Henry', 'm'), ('Steven', 'm'), ('Amy', 'f'), ('Vincent', 'm')]


def pick_vn_name(gender=None, fam=None):
    g = gender or ch(['m', 'f'])
    f = fam or wch(SURNAMES)
    if g == 'm':
        mids = [] if chance(0.06) else ch(MID_M).split()
        given = ch(GIV_M)
    else:
        mids = [] if chance(0.04) else ch(MID_F).split()
        given = ch(GIV_F)
    return {'sub': 'vn', 'fam': f, 'mids': mids, 'given': given, 'gender': g}


def new_pname(sub):
    if sub == 'vn':
        return pick_vn_name()
    if sub == 'hoa':
        g = ch(['m', 'f'])
        return {'sub': 'hoa', 'fam': ch(HOA_FAM), 'mids': [ch(HOA_MID)], 'given': ch(HOA_GIV), 'gender': g}
    if sub == 'kr':
        return {'sub': 'kr', 'fam': ch(KR_FAM), 'given': ch(KR_GIV), 'gender': ch(['m', 'f'])}
    if sub == 'jp':
        return {'sub': 'jp', 'fam': ch(JP_FAM), 'given': ch(JP_GIV), 'gender': ch(['m', 'f'])}
    if sub == 'tw':
        f = ch(TW_FAM)
        a, b = ch(TW_GIV), ch(TW_GIV)
        while b == a:
            b = ch(TW_GIV)
        return {'sub': 'tw', 'fam': f[0], 'given': a[0] + '-' + b[0].lower(), 'hv_fam': f[1],
                'hv_given': a[1] + ' ' + b[1], 'gender': 'm'}
    if sub == 'we':
        g = ch(WE_GIV)
        return {'sub': 'we', 'fam': ch(WE_FAM), 'given': g[0], 'gender': g[1]}
    if sub == 'vnam':
        w = ch(VNAM_WEST)
        p = pick_vn_name(gender=w[1])
        p['sub'] = 'vnam'
        p['west'] = w[0]
        p['canon'] = ch(['west', 'viet'])
        return p
    raise ValueError(sub)


def honor(p):
    if p['gender'] == 'm':
        return wch([('anh', 6), ('a.', 2), ('chú', 1), ('A.', 1)])
    return wch([('chị', 6), ('c.', 2), ('cô', 1), ('Chị', 1)])


def pname_forms(p, form):
    """return (display, given, family) for a structural form"""
    s = p['sub']
    if s in ('vn', 'hoa') or (s == 'vnam' and form.startswith('viet')):
        if s == 'vnam' and form.startswith('viet'):
            form = form[5:] or 'full'
        fam, mids, giv = p['fam'], p['mids'], p['given']
        full = ' '.join([fam] + mids + [giv])
        gfull = ' '.join(mids + [giv])
        if form == 'full':
            return full, ch([giv, gfull]), fam
        if form == 'nomid':
            return fam + ' ' + giv, giv, fam
        if form == 'western':
            return gfull + ' ' + fam, gfull, fam
        if form == 'western_nomid':
            return giv + ' ' + fam, giv, fam
        if form == 'given_only':
            return honor(p) + ' ' + giv, giv, None
        if form == 'swapped':
            return full, fam, giv
        if form == 'initials':
            if mids:
                return ch([fam + ' ' + ' '.join(m[0] + '.' for m in mids) + ' ' + giv,
                           strip_diac(fam)[0] + '.' + ''.join(m[0] for m in mids) + '. ' + giv]), giv, fam
            return fam[0] + '. ' + giv, giv, fam
        return full, giv, fam
    if s == 'vnam':
        fam_a = strip_diac(p['fam'])
        if form == 'full':
            return p['west'] + ' ' + fam_a, p['west'], fam_a
        if form == 'mixed':
            return p['west'] + ' ' + strip_diac(p['given']) + ' ' + fam_a, p['west'], fam_a
        if form == 'western':
            return fam_a + ', ' + p['west'], p['west'], fam_a
        return p['west'] + ' ' + fam_a, p['west'], fam_a
    if s == 'tw':
        if form == 'hanviet':
            return p['hv_fam'] + ' ' + p['hv_given'], p['hv_given'], p['hv_fam']
        if form == 'western':
            return p['given'] + ' ' + p['fam'], p['given'], p['fam']
        return p['fam'] + ' ' + p['given'], p['given'], p['fam']
    if s in ('kr', 'jp'):
        g = p['given']
        if form == 'western':
            g2 = g.replace('-', '').capitalize() if chance(0.5) else g
            return g2 + ' ' + p['fam'], g2, p['fam']
        if form == 'passport':
            return (p['fam'] + ' ' + g.replace('-', ' ')).upper(), g.replace('-', ' ').upper(), p['fam'].upper()
        if form == 'mr':
            return ('Mr. ' if p['gender'] == 'm' else 'Ms. ') + p['fam'], None, p['fam']
        return p['fam'] + ' ' + g, g, p['fam']
    if s == 'we':
        if form == 'nick' and p['given'] in WE_NICK:
            n = WE_NICK[p['given']]
            return n + ' ' + p['fam'], n, p['fam']
        if form == 'western':
            return p['fam'] + ', ' + p['given'], p['given'], p['fam']
        if form == 'mr':
            return ('Mr. ' if p['gender'] == 'm' else 'Ms. ') + p['fam'], None, p['fam']
        return p['given'] + ' ' + p['fam'], p['given'], p['fam']
    raise ValueError(s)


def canon_pname(p):
    if p['sub'] == 'vnam':
        return pname_forms(p, 'full' if p['canon'] == 'west' else 'viet')
    return pname_forms(p, 'full')


def name_forms_available(p, harsh):
    s = p['sub']
    if s in ('vn', 'hoa'):
        f = [('full', 6), ('western', 2), ('swapped', 1)]
        if p['mids']:
            f += [('nomid', 2), ('western_nomid', 1), ('initials', 1)]
        if harsh:
            f += [('given_only', 2)]
        return f
    if s == 'vnam':
        other = 'viet' if p['canon'] == 'west' else 'full'
        f = [('full' if p['canon'] == 'west' else 'viet', 4), (other, 3 if harsh else 1), ('mixed', 1), ('western', 1)]
        return f
    if s == 'tw':
        return [('full', 4), ('western', 2), ('hanviet', 3 if harsh else 1)]
    if s in ('kr', 'jp'):
        return [('full', 4), ('western', 3), ('passport', 2)] + ([('mr', 1)] if harsh else [])
    if s == 'we':
        return [('full', 5), ('western', 1), ('nick', 2)] + ([('mr', 1)] if harsh else [])
    return [('full', 1)]


# ---------------------------------------------------------------- geography
CITY_VARIANTS = {
    'HCM': ['TP. Hồ Chí Minh', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'Tp. Hồ Chí Minh',
            'HCMC', 'Ho Chi Minh City', 'Sài Gòn', 'Ho Chi Minh', 'TPHCM', 'Tp.HCM'],
    'HN': ['Hà Nội', 'TP. Hà Nội', 'Thành phố Hà Nội', 'Ha Noi', 'Hanoi', 'HN', 'Tp Hà Nội'],
    'BD': ['Bình Dương', 'Tỉnh Bình Dương', 'Binh Duong', 'T. Bình Dương'],
    'DN': ['Đồng Nai', 'Tỉnh Đồng Nai', 'Dong Nai', 'T. Đồng Nai'],
    'LA': ['Long An', 'Tỉnh Long An', 'Long An Province'],
    'BN': ['Bắc Ninh', 'Tỉnh Bắc Ninh', 'Bac Ninh'],
}
PROVINCE = {'BD', 'DN', 'LA', 'BN'}
POSTAL = {'HCM': ['700000', '70000'], 'HN': ['100000', '10000'], 'BD': ['820000', '75000'],
          'DN': ['810000', '76000'], 'LA': ['850000', '82000'], 'BN': ['790000', '16000']}
N = lambda a, b: [str(i) for i in range(a, b + 1)]
# district: (city, dtype, dname, [ward entries (wtype, wname, old_ward or None)], streets, old district or None)
DISTRICTS = []


def D(city, dt, dn, wards, streets, old=None, wt='Phường'):
    ws = []
    for w in wards:
        if isinstance(w, tuple):
            ws.append(w)
        else:
            ws.append((wt, w, None))
    DISTRICTS.append({'city': city, 'dt': dt, 'dn': dn, 'wards': ws, 'streets': streets, 'old': old})


D('HCM', 'Quận', '1', ['Bến Nghé', 'Bến Thành', 'Đa Kao', 'Tân Định', 'Nguyễn Thái Bình', 'Cầu Ông Lãnh', 'Phạm Ngũ Lão'],
  ['Lê Lợi', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Đồng Khởi', 'Lý Tự Trọng', 'Nguyễn Thị Minh Khai', 'Trần Hưng Đạo',
   'Lê Thánh Tôn', 'Pasteur', 'Calmette', 'Ký Con', 'Nguyễn Đình Chiểu'])
D('HCM', 'Quận', '3', ['1', '2', '4', '5', '9', '10', '11', '12', '13', '14',
                       ('Phường', 'Võ Thị Sáu', ('Phường', '7', None))],
  ['Võ Văn Tần', 'Nam Kỳ Khởi Nghĩa', 'Cách Mạng Tháng Tám', 'Lê Văn Sỹ', 'Trần Quốc Thảo', 'Nguyễn Đình Chiểu',
   'Điện Biên Phủ', 'Kỳ Đồng', 'Trần Văn Đang'])
D('HCM', 'Quận', '5', N(1, 14), ['Trần Hưng Đạo', 'Nguyễn Trãi', 'An Dương Vương', 'Hùng Vương', 'Châu Văn Liêm',
                                  'Hải Thượng Lãn Ông', 'Lương Nhữ Học', 'Trần Phú', 'Nguyễn Chí Thanh'])
D('HCM', 'Quận', '10', N(1, 15), ['Ba Tháng Hai', 'Sư Vạn Hạnh', 'Lý Thái Tổ', 'Nguyễn Tri Phương', 'Thành Thái',
                                   'Tô Hiến Thành', 'Cách Mạng Tháng Tám', 'Lý Thường Kiệt'])
D('HCM', 'Quận', '11', N(1, 16), ['Lạc Long Quân', 'Lãnh Binh Thăng', 'Minh Phụng', 'Hàn Hải Nguyên', 'Ba Tháng Hai', 'Lê Đại Hành'])
D('HCM', 'Quận', 'Tân Bình', N(1, 15), ['Cộng Hòa', 'Hoàng Văn Thụ', 'Trường Chinh', 'Lý Thường Kiệt', 'Bàu Cát',
                                         'Phạm Văn Hai', 'Út Tịch', 'Âu Cơ', 'Lạc Long Quân'])
D('HCM', 'Quận', 'Bình Thạnh', ['1', '2', '3', '5', '7', '11', '12', '13', '14', '15', '17', '19', '21', '22', '24', '25', '26', '27', '28'],
  ['Xô Viết Nghệ Tĩnh', 'Điện Biên Phủ', 'Bạch Đằng', 'Nơ Trang Long', 'Đinh Bộ Lĩnh', 'Phan Văn Trị', 'Ung Văn Khiêm', 'Nguyễn Xí'])
D('HCM', 'Quận', 'Phú Nhuận', N(1, 17), ['Phan Đăng Lưu', 'Phan Xích Long', 'Huỳnh Văn Bánh', 'Nguyễn Văn Trỗi',
                                          'Hoàng Văn Thụ', 'Lê Văn Sỹ', 'Nguyễn Kiệm'])
D('HCM', 'Quận', 'Gò Vấp', N(1, 17), ['Quang Trung', 'Nguyễn Oanh', 'Phan Văn Trị', 'Lê Đức Thọ', 'Nguyễn Văn Lượng', 'Phạm Văn Chiêu'])
D('HCM', 'Quận', '7', ['Tân Phong', 'Tân Hưng', 'Tân Quy', 'Phú Mỹ', 'Bình Thuận', 'Tân Kiểng', 'Tân Thuận Đông', 'Tân Phú'],
  ['Nguyễn Thị Thập', 'Huỳnh Tấn Phát', 'Nguyễn Văn Linh', 'Lê Văn Lương', 'Nguyễn Hữu Thọ', 'Trần Xuân Soạn'])
D('HCM', 'Quận', '8', N(1, 16), ['Phạm Thế Hiển', 'Dương Bá Trạc', 'Tạ Quang Bửu', 'Âu Dương Lân', 'Hưng Phú'])
D('HCM', 'Thành phố', 'Thủ Đức', [('Phường', 'Thảo Điền', None), ('Phường', 'An Phú', None),
                                   ('Phường', 'Bình Trưng Tây', None), ('Phường', 'Phước Long B', None),
                                   ('Phường', 'Hiệp Phú', None), ('Phường', 'Tăng Nhơn Phú A', None),
                                   ('Phường', 'Linh Trung', None), ('Phường', 'Hiệp Bình Chánh', None),
                                   ('Phường', 'Linh Chiểu', None), ('Phường', 'Trường Thọ', None)],
  ['Xa lộ Hà Nội', 'Võ Văn Ngân', 'Kha Vạn Cân', 'Phạm Văn Đồng', 'Lê Văn Việt', 'Đỗ Xuân Hợp', 'Quốc Hương', 'Nguyễn Duy Trinh'],
  old='TD')
D('HCM', 'Quận', 'Bình Tân', ['An Lạc', 'An Lạc A', 'Bình Hưng Hòa', 'Bình Hưng Hòa A', 'Bình Trị Đông', 'Bình Trị Đông B', 'Tân Tạo', 'Tân Tạo A'],
  ['Kinh Dương Vương', 'Tên Lửa', 'Lê Văn Quới', 'Mã Lò', 'Tỉnh Lộ 10', 'Hồ Học Lãm'])
D('HCM', 'Quận', 'Tân Phú', ['Tân Sơn Nhì', 'Tây Thạnh', 'Sơn Kỳ', 'Phú Thạnh', 'Hiệp Tân', 'Hòa Thạnh', 'Tân Thành', 'Phú Trung'],
  ['Lũy Bán Bích', 'Tân Kỳ Tân Quý', 'Âu Cơ', 'Trường Chinh', 'Lê Trọng Tấn', 'Thoại Ngọc Hầu'])
D('HCM', 'Quận', '12', ['Tân Chánh Hiệp', 'Thạnh Xuân', 'Thới An', 'Hiệp Thành', 'Trung Mỹ Tây', 'Tân Thới Hiệp'],
  ['Tô Ký', 'Hà Huy Giáp', 'Nguyễn Ảnh Thủ', 'Lê Văn Khương', 'Quốc lộ 1A'])
D('HCM', 'Huyện', 'Bình Chánh', ['Vĩnh Lộc A', 'Bình Hưng', 'Tân Kiên', 'Lê Minh Xuân', ('Thị trấn', 'Tân Túc', None)],
  ['Quốc lộ 50', 'Nguyễn Hữu Trí', 'Vĩnh Lộc', 'Trần Văn Giàu'], wt='Xã')
D('HCM', 'Huyện', 'Nhà Bè', ['Phước Kiển', 'Nhơn Đức', 'Long Thới', 'Hiệp Phước'], ['Nguyễn Hữu Thọ', 'Lê Văn Lương', 'Nguyễn Văn Tạo'], wt='Xã')
D('HN', 'Quận', 'Ba Đình', ['Phúc Xá', 'Trúc Bạch', 'Kim Mã', 'Ngọc Hà', 'Cống Vị', 'Liễu Giai', 'Giảng Võ'],
  ['Kim Mã', 'Đội Cấn', 'Giảng Võ', 'Liễu Giai', 'Nguyễn Thái Học', 'Văn Cao'])
D('HN', 'Quận', 'Hoàn Kiếm', ['Hàng Bạc', 'Hàng Trống', 'Tràng Tiền', 'Hàng Bài', 'Cửa Nam', 'Lý Thái Tổ'],
  ['Hàng Bài', 'Lý Thường Kiệt', 'Hai Bà Trưng', 'Hàng Bông', 'Tràng Thi', 'Hàng Bạc'])
D('HN', 'Quận', 'Đống Đa', ['Láng Hạ', 'Ô Chợ Dừa', 'Kim Liên', 'Trung Liệt', 'Văn Miếu', 'Quang Trung', 'Nam Đồng'],
  ['Láng Hạ', 'Xã Đàn', 'Tây Sơn', 'Chùa Bộc', 'Thái Hà', 'Nguyễn Lương Bằng', 'Tôn Đức Thắng'])
D('HN', 'Quận', 'Cầu Giấy', ['Dịch Vọng', 'Dịch Vọng Hậu', 'Nghĩa Đô', 'Yên Hòa', 'Trung Hòa', 'Quan Hoa', 'Mai Dịch'],
  ['Cầu Giấy', 'Trần Duy Hưng', 'Xuân Thủy', 'Hoàng Quốc Việt', 'Nguyễn Khánh Toàn', 'Trần Thái Tông', 'Duy Tân'])
D('HN', 'Quận', 'Thanh Xuân', ['Khương Trung', 'Nhân Chính', 'Thanh Xuân Bắc', 'Thượng Đình', 'Khương Mai'],
  ['Nguyễn Trãi', 'Khuất Duy Tiến', 'Lê Văn Lương', 'Vũ Trọng Phụng', 'Nguyễn Tuân'])
D('HN', 'Quận', 'Hai Bà Trưng', ['Bách Khoa', 'Minh Khai', 'Vĩnh Tuy', 'Lê Đại Hành', 'Bạch Mai', 'Thanh Nhàn'],
  ['Bạch Mai', 'Minh Khai', 'Phố Huế', 'Lò Đúc', 'Trần Khát Chân', 'Đại Cồ Việt'])
D('HN', 'Quận', 'Hoàng Mai', ['Định Công', 'Hoàng Liệt', 'Tương Mai', 'Giáp Bát', 'Lĩnh Nam'],
  ['Giải Phóng', 'Tam Trinh', 'Kim Đồng', 'Trương Định', 'Lĩnh Nam'])
D('HN', 'Quận', 'Long Biên', ['Ngọc Lâm', 'Bồ Đề', 'Gia Thụy', 'Đức Giang', 'Thạch Bàn'],
  ['Nguyễn Văn Cừ', 'Ngọc Lâm', 'Nguyễn Văn Linh', 'Ngô Gia Tự'])
D('HN', 'Quận', 'Nam Từ Liêm', ['Mỹ Đình 1', 'Mỹ Đình 2', 'Mễ Trì', 'Cầu Diễn', 'Phú Đô'],
  ['Phạm Hùng', 'Lê Đức Thọ', 'Hồ Tùng Mậu', 'Đỗ Đức Dục'], old=('Huyện', 'Từ Liêm'))
D('BD', 'Thành phố', 'Thủ Dầu Một', ['Phú Cường', 'Phú Hòa', 'Hiệp Thành', 'Chánh Nghĩa'],
  ['Đại lộ Bình Dương', 'Yersin', 'Cách Mạng Tháng Tám', 'Phú Lợi'])
D('BD', 'Thành phố', 'Dĩ An', ['Dĩ An', 'Đông Hòa', 'Tân Bình', 'An Bình'], ['Quốc lộ 1K', 'Nguyễn An Ninh', 'Trần Hưng Đạo'],
  old=('Thị xã', 'Dĩ An'))
D('BD', 'Thành phố', 'Thuận An', ['Lái Thiêu', 'An Phú', 'Bình Hòa', 'Thuận Giao'], ['Đại lộ Bình Dương', 'Quốc lộ 13', 'Nguyễn Văn Tiết'],
  old=('Thị xã', 'Thuận An'))
D('DN', 'Thành phố', 'Biên Hòa', ['Tân Hiệp', 'Long Bình', 'An Bình', 'Hố Nai', 'Tam Hiệp'],
  ['Phạm Văn Thuận', 'Đồng Khởi', 'Nguyễn Ái Quốc', 'Quốc lộ 51'])
D('LA', 'Huyện', 'Cần Giuộc', ['Long Hậu', 'Phước Lại', ('Thị trấn', 'Cần Giuộc', None)], ['Quốc lộ 50', 'Đường tỉnh 826C'], wt='Xã')
D('BN', 'Huyện', 'Yên Phong', ['Long Châu', 'Đông Phong', ('Thị trấn', 'Chờ', None)], ['Quốc lộ 18', 'Đường tỉnh 286'], wt='Xã')
TD_OLD = {'Thảo Điền': '2', 'An Phú': '2', 'Bình Trưng Tây': '2', 'Phước Long B': '9', 'Hiệp Phú': '9',
          'Tăng Nhơn Phú A': '9', 'Linh Trung': 'Thủ Đức', 'Hiệp Bình Chánh': 'Thủ Đức', 'Linh Chiểu': 'Thủ Đức',
          'Trường Thọ': 'Thủ Đức'}
KCNS = [('KCN Tân Bình', 'Tân Phú', 'Tây Thạnh'), ('KCN Tân Tạo', 'Bình Tân', 'Tân Tạo A'),
        ('KCX Tân Thuận', '7', 'Tân Thuận Đông'), ('KCN Hiệp Phước', 'Nhà Bè', 'Hiệp Phước'),
        ('KCN Vĩnh Lộc', 'Bình Tân', 'Bình Hưng Hòa'), ('Khu Công nghệ cao', 'Thủ Đức', 'Tăng Nhơn Phú A'),
        ('KCN VSIP', 'Thuận An', 'Bình Hòa'), ('KCN Sóng Thần', 'Dĩ An', 'Dĩ An'),
        ('KCN Amata', 'Biên Hòa', 'Long Bình'), ('KCN Biên Hòa 2', 'Biên Hòa', 'An Bình'),
        ('KCN Long Hậu', 'Cần Giuộc', 'Long Hậu'), ('KCN Yên Phong', 'Yên Phong', 'Long Châu')]
BUILDINGS = ['Hoa Sen', 'Sao Bắc', 'Thiên Long', 'Gia Phú', 'Ánh Dương', 'Nam Việt', 'Phương Nam', 'Bến Thành Gate',
             'Minh Long', 'An Khánh', 'Lotus Tower', 'Sky Center', 'Riverside Plaza', 'Hải Âu']
APARTS = ['Hoa Sen', 'Sky Garden 3', 'An Phú Residence', 'Phú Lộc', 'Mỹ Phước', 'Sunrise Bay', 'Green Park',
          'Hưng Vượng 2', 'Lạc Hồng', 'Thanh Bình', 'Ruby Garden', 'Sao Mai', 'Tân Phát', 'Bàu Cát 2', 'Hòa Bình',
          'Vĩnh Hội', 'Golden Star', 'Ngọc Lan', 'Phúc Yên', 'Saigon Pearl View', 'Diamond Riverside', 'Era Town']


def dist_list(city):
    return [d for d in DISTRICTS if d['city'] == city]


def find_dist(city, dn):
    for d in DISTRICTS:
        if d['city'] == city and d['dn'] == dn:
            return d
    raise KeyError(dn)


def find_dist_any(dn):
    for d in DISTRICTS:
        if d['dn'] == dn:
            return d
    raise KeyError(dn)


def make_addr(city=None, kind=None, dist=None, ward=None, street=None):
    city = city or wch([('HCM', 78), ('HN', 14), ('BD', 4), ('DN', 2), ('LA', 1), ('BN', 1)])
    for _ in range(200):
        d = dist or ch(dist_list(city))
        w = ward or ch(d['wards'])
        k = kind or wch([('house', 5), ('alley', 4), ('office', 1), ('apartment', 1)])
        a = {'city': d['city'], 'dt': d['dt'], 'dn': d['dn'], 'ward': w, 'old': d['old'], 'kind': k,
             'street': street or ch(d['streets']), 'house': None, 'alley': [], 'bld': None, 'floor': None,
             'lot': None, 'kcn': None, 'apt': None}
        if k == 'house':
            a['house'] = str(R.randint(2, 480)) + (ch(['A', 'B', 'Bis']) if chance(0.05) else '')
        elif k == 'alley':
            a['alley'] = [str(R.randint(5, 480))] + ([str(R.randint(2, 60))] if chance(0.35) else [])
            a['house'] = str(R.randint(1, 90))
        elif k == 'office':
            a['house'] = str(R.randint(2, 300))
            a['bld'] = ch(BUILDINGS)
            a['floor'] = str(R.randint(2, 18))
        elif k == 'apartment':
            a['house'] = str(R.randint(2, 900))
            a['apt'] = ch(APARTS)
            a['floor'] = '%s.%02d' % (R.randint(2, 25), R.randint(1, 16))
        elif k == 'kcn':
            a['lot'] = ch('ABCDEFGH') + str(R.randint(1, 40))
            a['kcn'] = ch([x for x in KCNS if x[1] == d['dn']])[0] if any(x[1] == d['dn'] for x in KCNS) else 'KCN Tân Bình'
        key = (a['city'], a['dn'], a['street'], a['house'], tuple(a['alley']), a['floor'], a['lot'], a['kcn'])
        if key not in USED_ADDR:
            USED_ADDR.add(key)
            a['id'] = len(USED_ADDR)
            return a
    raise RuntimeError('address space exhausted')


def kcn_addr():
    name, dn, wn = ch(KCNS)
    d = find_dist_any(dn)
    w = [x for x in d['wards'] if x[1] == wn][0]
    a = make_addr(city=d['city'], kind='kcn', dist=d, ward=w)
    a['kcn'] = name
    return a


def street_abbr(st):
    return {'Cách Mạng Tháng Tám': ch(['CMT8', 'CMT 8', 'Cách Mạng Tháng 8']),
            'Xô Viết Nghệ Tĩnh': 'XVNT', 'Ba Tháng Hai': '3/2'}.get(st, st)


def render_addr(a, st):
    """st: dict of style options. returns address dict"""
    hn = a['city'] == 'HN'
    street = a['street']
    if st.get('street_abbr') and street in ('Cách Mạng Tháng Tám', 'Xô Viết Nghệ Tĩnh'):
        street = street_abbr(street)
    sw = st.get('street_word', '')
    if street.startswith(('Quốc lộ', 'Tỉnh Lộ', 'Đại lộ', 'Xa lộ', 'Đường tỉnh', 'Phố Huế')):
        sw = ''
    if hn and sw in ('Đường ', 'đường ') and chance(0.5):
        sw = 'phố ' if sw == 'đường ' else 'Phố '
    streetp = sw + street
    num = st.get('num', '')
    if a['kind'] == 'kcn':
        core = ch(['Lô ', 'Lô ']) + a['lot'] + ', ' + (a['kcn'] if not st.get('kcn_long') else a['kcn'].replace('KCN ', 'Khu công nghiệp ').replace('KCX ', 'Khu chế xuất '))
    elif a['alley']:
        if hn:
            core = (num or 'Số ') + a['house'] + ', ngõ ' + a['alley'][0] + (', ngách ' + a['alley'][1] if len(a['alley']) > 1 else '') + ' ' + streetp
            if st.get('alley_alt'):
                core = a['house'] + ' ngõ ' + '/'.join(a['alley']) + ' ' + streetp
        else:
            if st.get('alley_alt'):
                core = (num or '') + a['house'] + ' Hẻm ' + '/'.join(a['alley']) + ' ' + streetp
            else:
                core = num + '/'.join(a['alley'] + [a['house']]) + ' ' + streetp
    else:
        core = num + a['house'] + ' ' + streetp
    if a['bld']:
        fl = st.get('floor_word', 'Tầng ')
        core = fl + a['floor'] + ', Tòa nhà ' + a['bld'] + ', ' + core
    if a['apt']:
        core = 'Căn hộ ' + a['floor'] + ', Chung cư ' + a['apt'] + ', ' + core
    # ward / district
    wt, wn, wold = a['ward']
    if st.get('old_names') and wold:
        wt, wn, wold = wold
    dt, dn = a['dt'], a['dn']
    if st.get('old_names') and a['old']:
        if a['old'] == 'TD':
            dt, dn = 'Quận', TD_OLD[wn]
        else:
            dt, dn = a['old']
    wf = st.get('ward_fmt', 'full')
    if wf == 'full':
        ward = wt + ' ' + wn
    else:
        ab = {'Phường': 'P.', 'Xã': 'X.', 'Thị trấn': 'TT.'}[wt]
        ward = ab + ('' if wn.isdigit() and wf == 'tight' else ' ') + wn
        if wf == 'tight' and wn.isdigit():
            ward = ab.rstrip('.') + wn if chance(0.5) else ab + wn
    dfm = st.get('dist_fmt', 'full')
    if dfm == 'full':
        dist = dt + ' ' + dn
    else:
        ab = {'Quận': 'Q.', 'Huyện': 'H.', 'Thành phố': 'TP.', 'Thị xã': 'TX.'}[dt]
        dist = ab + ('' if dn.isdigit() and dfm == 'tight' else ' ') + dn
    city = st.get('city') or CITY_VARIANTS[a['city']][0]
    parts_wd = ([ward] if st.get('ward', True) else []) + [dist]
    layout = st.get('layout', 'split')
    region = None
    if a['city'] in PROVINCE:
        region = city
        city = dist if dt in ('Thành phố', 'Thị xã') else None
        if layout == 'distcity':
            layout = 'split'
        if city:
            parts_wd = parts_wd[:-1]
    if layout == 'split':
        line1, line2 = core, ', '.join(parts_wd) if parts_wd else None
    elif layout == 'oneline':
        line1, line2 = ', '.join([core] + parts_wd), None
    else:  # distcity: district in city field, city in region
        line1 = core
        line2 = ward if st.get('ward', True) else None
        region = city
        city = dist
    if st.get('region_dup') and region is None:
        region = CITY_VARIANTS[a['city']][0] if chance(0.5) else ch(CITY_VARIANTS[a['city']])
    out = {'line1': line1, 'line2': line2, 'city': city, 'region': region,
           'postalCode': ch(POSTAL[a['city']]) if st.get('postal') else None,
           'country': st.get('country')}
    if st.get('typo') and out['line1']:
        out['line1'] = typo_in_words(out['line1'])
    tx = st.get('text')
    for k in ('line1', 'line2', 'city', 'region'):
        if out[k]:
            if tx == 'nodiac':
                out[k] = strip_diac(out[k])
            elif tx == 'caps':
                out[k] = out[k].upper()
            elif tx == 'caps_nodiac':
                out[k] = strip_diac(out[k]).upper()
            elif tx == 'moji':
                out[k] = mojibake(out[k], st.get('enc', 'cp1252'))
            elif tx == 'nfd':
                out[k] = unicodedata.normalize('NFD', out[k])
    return out


def typo_in_words(s):
    """a typo in an alphabetic word of length >= 4 (numbers untouched)"""
    words = s.split(' ')
    c = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not c:
        return s
    i = ch(c)
    words[i] = typo(words[i]) if chance(0.6) else tone_typo(words[i])
    return ' '.join(words)


def addr_style(src, heavy=False):
    st = {}
    if src == 'qbo':
        st['num'] = wch([('', 5), ('Số ', 3)])
        st['street_word'] = wch([('', 3), ('Đường ', 4), ('đường ', 1)])
        st['ward_fmt'] = wch([('full', 8), ('abbr', 2)])
        st['dist_fmt'] = wch([('full', 8), ('abbr', 2)])
        st['layout'] = wch([('split', 8), ('oneline', 2), ('distcity', 1)])
        st['city'] = wch([('TP. Hồ Chí Minh', 4), ('Hồ Chí Minh', 3), ('Thành phố Hồ Chí Minh', 1), ('TP.HCM', 2)])
        st['country'] = wch([('VN', 6), ('Việt Nam', 2), (None, 2)])
        st['postal'] = chance(0.08)
    elif src == 'webshop':
        st['num'] = wch([('', 6), ('Số ', 1), ('so ', 1)])
        st['street_word'] = wch([('', 5), ('Đường ', 2), ('duong ', 1)])
        st['ward_fmt'] = wch([('full', 5), ('abbr', 4), ('tight', 2)])
        st['dist_fmt'] = wch([('full', 5), ('abbr', 4), ('tight', 2)])
        st['layout'] = wch([('oneline', 6), ('split', 3)])
        st['city'] = wch([('Ho Chi Minh', 3), ('Hồ Chí Minh', 3), ('HCMC', 1), ('Ho Chi Minh City', 2), ('TPHCM', 1), ('Sài Gòn', 1)])
        st['country'] = wch([('Vietnam', 6), ('VN', 3), ('Viet Nam', 1)])
        st['text'] = wch([(None, 6), ('nodiac', 4)])
        st['postal'] = chance(0.15)
        st['region_dup'] = chance(0.4)
    elif src == 'sales_app':
        st['num'] = wch([('', 7), ('Số ', 2)])
        st['street_word'] = wch([('', 6), ('Đ. ', 1), ('Đường ', 2)])
        st['ward_fmt'] = wch([('abbr', 6), ('tight', 3), ('full', 1)])
        st['dist_fmt'] = wch([('abbr', 6), ('tight', 3), ('full', 1)])
        st['layout'] = wch([('split', 5), ('oneline', 4)])
        st['city'] = wch([('TP.HCM', 5), ('Tp.HCM', 2), ('HCM', 1), ('TP HCM', 2)])
        st['country'] = wch([(None, 6), ('VN', 4)])
        st['street_abbr'] = chance(0.6)
        st['alley_alt'] = chance(0.25)
        st['floor_word'] = wch([('Tầng ', 3), ('Lầu ', 3)])
    elif src == 'old_import':
        st['num'] = wch([('Số ', 4), ('', 3)])
        st['street_word'] = wch([('Đường ', 5), ('', 3)])
        st['ward_fmt'] = wch([('full', 6), ('abbr', 3)])
        st['dist_fmt'] = wch([('full', 6), ('abbr', 3)])
        st['layout'] = wch([('split', 5), ('oneline', 3), ('distcity', 3)])
        st['city'] = wch([('TP. Hồ Chí Minh', 4), ('Tp. Hồ Chí Minh', 3), ('Sài Gòn', 1), ('TP.HCM', 2)])
        st['country'] = wch([('Việt Nam', 6), ('VIET NAM', 2), ('VN', 2)])
        st['old_names'] = chance(0.7)
        st['postal'] = chance(0.25)
        st['text'] = wch([(None, 5), ('caps', 3), ('caps_nodiac', 2)])
        st['floor_word'] = wch([('Tầng ', 3), ('Lầu ', 2)])
    else:  # pos
        st['num'] = ''
        st['street_word'] = ''
        st['ward_fmt'] = wch([('abbr', 4), ('tight', 4)])
        st['dist_fmt'] = wch([('abbr', 4), ('tight', 4)])
        st['layout'] = 'oneline'
        st['city'] = wch([('HCM', 3), ('TP.HCM', 3), (None, 0.001)]) or 'HCM'
        st['country'] = None
        st['street_abbr'] = chance(0.6)
        st['ward'] = chance(0.6)
        st['text'] = wch([(None, 5), ('nodiac', 3)])
    if heavy:
        if chance(0.4):
            st['ward'] = False
        if chance(0.4):
            st['old_names'] = True
        if chance(0.35):
            st['typo'] = True
        if chance(0.15):
            st['text'] = ch(['moji', 'nfd', 'caps_nodiac'])
            st['enc'] = ch(['cp1252', 'cp1258'])
    return st


def fix_city(st, a):
    """city variants chosen for HCM; other cities use their own variants"""
    c = st.get('city')
    if c is None:
        return st
    if a['city'] == 'HCM':
        return st
    st = dict(st)
    st['city'] = ch(CITY_VARIANTS[a['city']][:3]) if chance(0.7) else ch(CITY_VARIANTS[a['city']])
    if st.get('text') in ('nodiac', 'caps_nodiac'):
        pass
    return st


# ---------------------------------------------------------------- phones
MOB = [('090', 5), ('093', 4), ('089', 2), ('070', 2), ('079', 2), ('077', 2), ('076', 1), ('078', 1), ('091', 5),
       ('094', 3), ('088', 2), ('083', 1), ('084', 2), ('085', 1), ('081', 1), ('082', 1), ('096', 3), ('097', 4),
       ('098', 5), ('086', 2), ('032', 2), ('033', 2), ('034', 2), ('035', 2), ('036', 2), ('037', 2), ('038', 2),
       ('039', 2), ('092', 1), ('056', 1), ('058', 1), ('099', 1), ('059', 1)]
OLD_MOB = {'032': '0162', '033': '0163', '034': '0164', '035': '0165', '036': '0166', '037': '0167', '038': '0168',
           '039': '0169', '070': '0120', '079': '0121', '077': '0122', '076': '0126', '078': '0128', '083': '0123',
           '084': '0124', '085': '0125', '081': '0127', '082': '0129', '056': '0186', '058': '0188', '059': '0199'}
AREA = {'HCM': '028', 'HN': '024', 'BD': '0274', 'DN': '0251', 'LA': '0272', 'BN': '0222'}
OLD_AREA = {'028': '08', '024': '04', '0274': '0650', '0251': '061', '0272': '072', '0222': '0241'}


def reg_phone(n):
    if n in USED_PHONES:
        return False
    USED_PHONES.add(n)
    return True


def new_mobile():
    while True:
        n = wch(MOB) + '%07d' % R.randint(0, 9999999)
        if reg_phone(n):
            return n


def new_landline(city):
    ac = AREA[city]
    while True:
        if len(ac) == 3:
            n = ac + ch(['3', '3', '3', '6', '2']) + '%07d' % R.randint(0, 9999999)
        else:
            n = ac + '3' + '%06d' % R.randint(0, 999999)
        if n[len(ac) + 1] == '0':
            continue
        if reg_phone(n):
            return n


def is_mobile(n):
    return len(n) == 10 and n[:2] != '02'


def fmt_phone(n, style):
    if is_mobile(n):
        p = n[1:]
        if style == 'old' and n[:3] in OLD_MOB:
            o = OLD_MOB[n[:3]] + n[3:]
            return ch([o, o[:4] + ' ' + o[4:7] + ' ' + o[7:], o[:4] + '.' + o[4:7] + '.' + o[7:]])
        return {'plain': n, 'sp433': n[:4] + ' ' + n[4:7] + ' ' + n[7:], 'dot433': n[:4] + '.' + n[4:7] + '.' + n[7:],
                'sp334': n[:3] + ' ' + n[3:6] + ' ' + n[6:], 'intl': '+84 ' + p[:3] + ' ' + p[3:6] + ' ' + p[6:],
                'intlc': '+84' + p, '84': '84' + p, 'paren84': '(+84) ' + p, 'dash': n[:4] + '-' + n[4:7] + '-' + n[7:],
                }.get(style, n[:4] + ' ' + n[4:7] + ' ' + n[7:])
    ac = n[:3] if n[:3] in ('028', '024') else n[:4]
    sub = n[len(ac):]
    if len(sub) == 8:
        sp = sub[:4] + ' ' + sub[4:]
        dt = sub[:4] + '.' + sub[4:]
    else:
        sp = sub[:3] + ' ' + sub[3:]
        dt = sub[:3] + '.' + sub[3:]
    if style == 'old':
        o = OLD_AREA[ac]
        return ch(['(' + o + ') ' + sp, o + '.' + sub, o + ' ' + sp, o + sub])
    return {'plain': n, 'paren': '(' + ac + ') ' + sp, 'dot': ac + '.' + dt, 'intl': '+84 ' + ac[1:] + ' ' + sp,
            'intlc': '+84' + ac[1:] + sub, '84': '84' + ac[1:] + sub}.get(style, ac + ' ' + sp)


MOB_STYLES = ['plain', 'sp433', 'dot433', 'sp334', 'intl', 'intlc', '84', 'paren84', 'dash']
LAND_STYLES = ['sp', 'paren', 'dot', 'plain', 'intl']


def render_phones(nums, ext, src, heavy=False, old_ok=False):
    """nums: list of canonical numbers to show. returns string"""
    parts = []
    for n in nums:
        if is_mobile(n):
            if src == 'qbo':
                sty = wch([('sp433', 5), ('plain', 3), ('dot433', 2), ('intl', 1)])
            elif src == 'webshop':
                sty = wch([('plain', 5), ('intl', 2), ('intlc', 2), ('84', 1), ('sp433', 2)])
            elif src == 'sales_app':
                sty = wch([('sp433', 4), ('dot433', 3), ('plain', 2), ('sp334', 1), ('dash', 1)])
            elif src == 'old_import':
                sty = wch([('plain', 3), ('dot433', 2), ('sp433', 2)])
            else:
                sty = wch([('plain', 6), ('sp433', 1)])
            if old_ok and n[:3] in OLD_MOB:
                sty = 'old'
            s = fmt_phone(n, sty)
        else:
            sty = wch([('sp', 5), ('paren', 3), ('dot', 2), ('plain', 1), ('intl', 1 if src == 'webshop' else 0.2)])
            if old_ok:
                sty = 'old'
            s = fmt_phone(n, sty)
            if ext and src in ('qbo', 'sales_app', 'old_import') and chance(0.6):
                s += ch([' máy lẻ ' + ext, ' ext ' + ext, ' - ext. ' + ext, ' (ml ' + ext + ')', ' (máy lẻ ' + ext + ')', ' Ext.' + ext])
        parts.append(s)
    if not parts:
        return None
    sep = wch([(' / ', 4), (' - ', 3), (', ', 2), ('; ', 1)])
    out = sep.join(parts)
    if src == 'sales_app' and len(nums) == 1 and is_mobile(nums[0]) and chance(0.3):
        out = ch(['Zalo: ' + out, out + ' (Zalo)', 'ĐT/Zalo ' + out])
    elif src == 'old_import' and chance(0.2):
        out = ch(['ĐT: ', 'Tel: ', 'DĐ: ']) + out
    elif src == 'webshop' and chance(0.05):
        out = 'Hotline ' + out
    return out


def digit_off(n):
    while True:
        i = R.randint(4, len(n) - 1)
        d = str((int(n[i]) + ch([1, 9, 2, 8])) % 10)
        m = n[:i] + d + n[i + 1:]
        if m not in USED_PHONES:
            USED_PHONES.add(m)
            return m


# ---------------------------------------------------------------- emails
PDOM = [('gmail.com', 60), ('yahoo.com', 10), ('yahoo.com.vn', 6), ('outlook.com', 6), ('hotmail.com', 6), ('icloud.com', 3)]


def reg_email(e):
    k = e.lower()
    if k in USED_EMAILS:
        return False
    USED_EMAILS.add(k)
    return True


def person_email(p, city='HCM'):
    if p['sub'] in ('vn', 'hoa', 'vnam'):
        f, m, g = slug(p['fam']), ''.join(slug(x) for x in p['mids']), slug(p['given'])
        mi = ''.join(slug(x)[0] for x in p['mids'])
        yy = str(R.randint(60, 99) if chance(0.6) else R.randint(0, 5)).zfill(2)
        opts = [f + m + g + yy, g + f + yy, g + '.' + f, f + g + str(R.randint(1965, 2003)), g + mi + f,
                m + g + '_' + f, g + f + '.' + city.lower(), f + '.' + m + g, g + '.' + f + yy]
        if p['sub'] == 'vnam':
            opts += [slug(p['west']) + '.' + f, slug(p['west']) + f + yy]
    else:
        f, g = slug(p['fam']), slug(p['given'])
        opts = [g + '.' + f, g + f, f + '.' + g, g[0] + f, g + '_' + f + str(R.randint(1, 99))]
    dom = wch(PDOM)
    if p['sub'] == 'kr' and chance(0.4):
        dom = 'naver.com'
    for _ in range(50):
        e = ch(opts) + '@' + dom
        if reg_email(e):
            return e
        opts = [o + str(R.randint(1, 9)) for o in opts]
    raise RuntimeError('email')


def org_domain(brand, extra=''):
    base = slug(brand) + extra
    return wch([(base + '.com.vn', 5), (base + '.vn', 3), (base + '.com', 2), (base + 'co.com.vn', 1)])


def org_email(brand, local=None, gmail_ok=True, extra=''):
    for _ in range(50):
        if gmail_ok and chance(0.35):
            e = ch(['cty', '', 'dien', 'ct']) + slug(brand) + ch(['', '.vn', '.sg', '.hcm', '2019', 'co', '.ketoan']) + '@' + ch(['gmail.com', 'gmail.com', 'yahoo.com'])
        else:
            e = (local or wch([('info', 4), ('ketoan', 4), ('kinhdoanh', 3), ('sales', 2), ('muahang', 2), ('admin', 1), ('contact', 1)])) + '@' + org_domain(brand, extra)
        if reg_email(e):
            return e
        extra = extra + ch(['vn', 'sg', 'group', 'corp', 'tech'])
    raise RuntimeError('org email')


# ---------------------------------------------------------------- organisations
BRAND_SYL = ['Minh', 'Phát', 'Thành', 'Đạt', 'Hoàng', 'Long', 'An', 'Khang', 'Phú', 'Thịnh', 'Tân', 'Việt', 'Tiến',
             'Đại', 'Nam', 'Hưng', 'Kim', 'Ngân', 'Trường', 'Sơn', 'Hải', 'Gia', 'Bảo', 'Thiên', 'Phúc', 'Lộc', 'Tài',
             'Nhật', 'Quang', 'Đông', 'Hòa', 'Bình', 'Vĩnh', 'Thuận', 'Toàn', 'Hiệp', 'Lợi', 'Uy', 'Tín', 'Hồng',
             'Đức', 'Trí', 'Nguyên', 'Mạnh', 'Kiến', 'Á', 'Âu', 'Sáng', 'Tường', 'Khôi', 'Vạn', 'Thái']
BRAND_FIX = ['Sao Việt', 'Ánh Dương', 'Lạc Hồng', 'Bến Thành', 'Sài Gòn Xanh', 'Ngôi Sao', 'Phương Đông',
             'Đất Việt', 'Trường Hải', 'Nam Á', 'Hoàng Gia', 'Thế Kỷ', 'Sông Hồng', 'Cửu Long', 'Tây Nguyên',
             'Vietlight', 'Saigon Tech', 'Green Power', 'Sunlight', 'Hitek']
TRADES = [('Thương mại Dịch vụ', 8), ('Thương mại Dịch vụ Kỹ thuật Điện', 3), ('Xây dựng', 5), ('Xây dựng Thương mại', 3),
          ('Cơ điện lạnh', 3), ('Kỹ thuật Cơ điện', 3), ('Đầu tư Xây dựng', 3), ('Sản xuất Thương mại', 4),
          ('Thiết bị Điện', 4), ('Điện Công nghiệp', 3), ('Nội thất', 2), ('Quảng cáo', 2), ('Xuất nhập khẩu', 2),
          ('Tư vấn Thiết kế Xây dựng', 2), ('Văn phòng phẩm', 2), ('In ấn Bao bì', 1), ('Công nghệ', 2),
          ('Giải pháp Chiếu sáng', 2), ('Điện tử Viễn thông', 1), ('Thương mại', 4), ('Dịch vụ Kỹ thuật', 2),
          ('Xây lắp Điện', 2), ('Vật liệu Xây dựng', 1)]
LEGAL = [('Công ty TNHH', 10), ('Công ty TNHH MTV', 4), ('Công ty Cổ phần', 6), ('Doanh nghiệp Tư nhân', 2)]
ABBR = [
    ('Công ty TNHH MTV', ['Cty TNHH MTV', 'CÔNG TY TNHH MTV', 'Công ty TNHH Một Thành Viên', 'Cty TNHH 1TV', 'Công ty Trách nhiệm Hữu hạn Một thành viên']),
    ('Công ty TNHH', ['Cty TNHH', 'CTY TNHH', 'Công ty Trách nhiệm Hữu hạn', 'C.ty TNHH', 'Cty. TNHH']),
    ('Công ty Cổ phần', ['CTCP', 'Cty CP', 'Công ty CP', 'Cty Cổ phần', 'CÔNG TY CP']),
    ('Doanh nghiệp Tư nhân', ['DNTN', 'DN Tư nhân']),
    ('Thương mại Dịch vụ', ['TM DV', 'TM-DV', 'TMDV', 'Thương Mại - Dịch Vụ', 'TM & DV']),
    ('Thương mại', ['TM']), ('Dịch vụ', ['DV']), ('Xây dựng', ['XD']), ('Sản xuất', ['SX']), ('Kỹ thuật', ['KT', 'Kỹ Thuật']),
    ('Xuất nhập khẩu', ['XNK']), ('Đầu tư', ['ĐT', 'Đầu Tư']), ('Thiết bị', ['TB']), ('Cơ điện lạnh', ['Cơ Điện Lạnh', 'CĐL']),
    ('Trường THPT', ['THPT', 'Trường Trung học Phổ thông']), ('Trường THCS', ['THCS', 'Trường Trung học Cơ sở']),
    ('Trường Tiểu học', ['Trường TH', 'TH']), ('Ủy ban Nhân dân', ['UBND', 'Uỷ ban nhân dân']), ('UBND', ['Ủy ban Nhân dân', 'UB']),
    ('Phường', ['P.', 'P']), ('Quận', ['Q.', 'Q']), ('Ban Quản lý', ['BQL', 'Ban QL']), ('Chung cư', ['CC', 'Chung Cư']),
    ('Bệnh viện', ['BV']), ('Phòng khám', ['PK']), ('Cửa hàng', ['CH', 'Cửa Hàng']), ('Hộ kinh doanh', ['HKD', 'Hộ KD']),
    ('Chi nhánh', ['CN']), ('Tập đoàn', ['TĐ', 'Tập Đoàn']), ('Việt Nam', ['VN', 'Vietnam']), ('Vật liệu Xây dựng', ['VLXD']),
    ('Điện nước', ['Điện Nước']), ('Co., Ltd.', ['Co.,Ltd', 'CO., LTD', 'Company Limited', 'Co. Ltd']),
]
LEGAL_PREFIX = re.compile(r'^(Công ty TNHH MTV|Công ty TNHH|Công ty Cổ phần|Doanh nghiệp Tư nhân|Cty TNHH MTV|Cty TNHH|CTY TNHH|'
                          r'CTCP|Cty CP|Công ty CP|DNTN|Công ty Trách nhiệm Hữu hạn)\s+')


def new_brand():
    if chance(0.12):
        return ch(BRAND_FIX)
    a = ch(BRAND_SYL)
    b = ch(BRAND_SYL)
    while b == a:
        b = ch(BRAND_SYL)
    return a + ' ' + b


def reg_cname(c):
    k = strip_diac(c).casefold()
    if k in USED_CNAMES:
        return False
    USED_CNAMES.add(k)
    return True


def brand_core(cname):
    return LEGAL_PREFIX.sub('', cname)


def abbreviate(name, p):
    tags = []
    for long, shorts in ABBR:
        if long in name and chance(p):
            name = name.replace(long, ch(shorts), 1)
            tags.append('abbreviated')
    return name, tags


# ---------------------------------------------------------------- entities
def mk_person(sub, city=None, addr=True, pn=None):
    p = pn or new_pname(sub)
    city = city or wch([('HCM', 82), ('HN', 12), ('BD', 4), ('DN', 2)])
    e = {'type': 'person', 'kind': 'person:' + sub, 'p': p, 'city': city, 'group': None}
    e['phones'] = [new_mobile()]
    if chance(0.1):
        e['phones'].append(new_mobile())
    if chance(0.08):
        e['phones'].append(new_landline(city))
    e['ext'] = None
    e['email'] = person_email(p, city)
    e['addr'] = make_addr(city) if addr else None
    return e


def contact_person():
    sub = wch([('vn', 20), ('hoa', 1)])
    return new_pname(sub)


def mk_org(kind, cname, brand, city=None, addr=None, email=None, phones=None, alts=None, en=None, short=None,
           contact='auto', ext=None, group=None):
    city = city or (addr['city'] if addr else 'HCM')
    e = {'type': 'org', 'kind': 'org:' + kind, 'cname': cname, 'brand': brand, 'alts': alts or [], 'en': en,
         'short': short, 'city': city, 'group': group, 'ext': ext}
    e['contact'] = contact_person() if contact == 'auto' and chance(0.6) else (None if contact == 'auto' else contact)
    e['addr'] = addr if addr is not None else make_addr(city)
    e['email'] = email if email is not None else org_email(brand)
    if phones is None:
        phones = []
        if chance(0.75):
            phones.append(new_landline(e['addr']['city']))
        if not phones or chance(0.4):
            phones.append(new_mobile())
    e['phones'] = phones
    return e


def company_name(kind=None, trade=None, brand=None, legal=None):
    for _ in range(200):
        b = brand or new_brand()
        t = trade or wch(TRADES)
        lg = legal or wch(LEGAL)
        if kind == 'contractor':
            t = trade or ch(['Xây dựng', 'Xây lắp Điện', 'Cơ điện lạnh', 'Đầu tư Xây dựng', 'Kỹ thuật Cơ điện', 'Xây dựng Công trình'])
        c = lg + ' ' + t + ' ' + b
        if lg == 'Doanh nghiệp Tư nhân':
            c = lg + ' ' + t + ' ' + b
        if reg_cname(c):
            return c, b, lg, t
        brand = None
    raise RuntimeError('cname')


def make_company(kind='company', city=None):
    c, b, lg, t = company_name(kind)
    short = b if chance(0.5) else None
    alts = []
    if lg == 'Doanh nghiệp Tư nhân' and chance(0.5):
        alts.append(('Doanh nghiệp Tư nhân ' + b, 'trade_dropped'))
    else:
        alts.append((lg + ' ' + b, 'trade_dropped'))
    addr = make_addr(city, kind=wch([('house', 4), ('office', 3), ('alley', 2)]))
    return mk_org(kind if kind != 'company' else {'Công ty TNHH': 'tnhh', 'Công ty TNHH MTV': 'tnhh_mtv',
                                                   'Công ty Cổ phần': 'cp', 'Doanh nghiệp Tư nhân': 'dntn'}[lg],
                  c, b, addr=addr, short=short, alts=alts)


HKD_TRADES = ['Điện nước', 'Điện', 'Vật liệu Xây dựng', 'Điện Cơ', 'Điện Lạnh', 'Đèn Trang trí', 'Văn phòng phẩm',
              'Photocopy', 'Kim khí Điện máy', 'Thiết bị Vệ sinh']


def make_hkd(owner=None, addr=None, email=None, phones=None, group=None):
    o = owner or pick_vn_name(gender=ch(['m', 'm', 'f']))
    tr = ch(HKD_TRADES)
    b = new_brand() if chance(0.6) else (ch(['Tư', 'Ba', 'Năm', 'Sáu', 'Bảy', 'Út', 'Hai']) + ' ' + o['given'])
    for _ in range(50):
        c = ch(['Cửa hàng', 'Cửa hàng', 'Hộ kinh doanh', 'Tiệm']) + ' ' + tr + ' ' + b
        if reg_cname(c):
            break
        b = new_brand()
    owner_full = ' '.join([o['fam']] + o['mids'] + [o['given']])
    alts = [('Hộ kinh doanh ' + owner_full, 'owner_name'), (tr + ' ' + b, 'short_form'),
            (tr + ' ' + b + ' - ' + honor(o) + ' ' + o['given'], 'with_owner')]
    a = addr or make_addr(kind=wch([('house', 6), ('alley', 3)]))
    if phones is None:
        phones = [new_mobile()] + ([new_landline(a['city'])] if chance(0.3) else [])
    if email is None:
        email = person_email(o) if chance(0.6) else org_email(b, gmail_ok=True)
    e = mk_org('hkd', c, b, addr=a, email=email, phones=phones, alts=alts, short=tr + ' ' + b, contact=o, group=group)
    e['owner'] = o
    return e


def person_addr_for(e):
    return e['addr']


# ---------------------------------------------------------------- foreign firms
KR_SYL = ['Dae', 'Han', 'Sung', 'Jin', 'Woo', 'Myung', 'Hyo', 'Dong', 'Kyung', 'Sang', 'Won', 'Hwa', 'Yeon', 'Cheon', 'Bong']
JP_A = ['Taka', 'Naka', 'Yama', 'Kawa', 'Fuji', 'Hoshi', 'Mori', 'Shima', 'Kita', 'Matsu', 'Asa', 'Hira']
JP_B = ['moto', 'sei', 'den', 'ko', 'da', 'no', 'tec', 'gawa']
TW_A = ['Hong', 'Sheng', 'Fu', 'Tai', 'Yuan', 'Xin', 'Cheng', 'Feng', 'Jia', 'Rui']
TW_B = ['Yi', 'Da', 'Li', 'Chang', 'Mao', 'Tong', 'Heng']
FOREIGN_LINES = ['Electronics', 'Precision', 'Tech', 'Industrial', 'Plastics', 'Textile', 'Packaging', 'Cable', 'Steel', 'Components']


def foreign_brand(nat):
    if nat == 'kr':
        a, b = ch(KR_SYL), ch(KR_SYL)
        return a + b.lower() if a != b else a + 'il'
    if nat == 'jp':
        return ch(JP_A) + ch(JP_B)
    return ch(TW_A) + ' ' + ch(TW_B)


def make_foreign(nat, brand=None, line=None, addr=None, contact=None, email_domain=None, group=None):
    for _ in range(100):
        b = brand or foreign_brand(nat)
        ln = line or ch(FOREIGN_LINES)
        tail = ch(['Vina', 'Vietnam', 'Việt Nam']) if nat == 'kr' else ch(['Vietnam', 'Việt Nam'])
        en_tail = 'Vietnam' if tail == 'Việt Nam' else tail
        en = b + ' ' + ln + ' ' + en_tail + ' Co., Ltd.'
        vn = 'Công ty TNHH ' + b + ' ' + ln + ' ' + tail
        if reg_cname(vn):
            break
        brand = None
    canon_en = chance(0.5)
    cname = en if canon_en else vn
    alt = (vn, 'vietnamese_name') if canon_en else (en, 'english_name')
    a = addr or kcn_addr()
    cp = contact or new_pname(nat if nat in ('kr', 'jp', 'tw') else 'vn')
    dom = email_domain or (slug(b) + '-' + ch(['vina', 'vn', 'vietnam']) + ch(['.com', '.com.vn', '.vn']))
    email = None
    for loc in ['purchasing', 'accounting', 'ketoan', 'admin', 'info', 'muahang', slug(cp['given']) + '.' + slug(cp['fam'])]:
        if chance(0.5) and reg_email(loc + '@' + dom):
            email = loc + '@' + dom
            break
    if email is None:
        email = org_email(b, gmail_ok=False, extra='-' + slug(ln))
    phones = [new_landline(a['city'])] + ([new_mobile()] if chance(0.3) else [])
    e = mk_org('foreign_' + nat, cname, b, addr=a, email=email, phones=phones, alts=[alt], en=en,
               short=b + ' ' + ln, contact=cp, ext=str(R.randint(100, 299)) if chance(0.5) else None, group=group)
    e['nat'] = nat
    e['line'] = ln
    e['domain'] = dom
    return e


# ---------------------------------------------------------------- build existing
GROUP_SEQ = [0]


def new_group(tag):
    GROUP_SEQ[0] += 1
    return '%s-%02d' % (tag, GROUP_SEQ[0])


EXISTING = []
RESERVE = {}   # hard-negative material prepared together with the existing structures


def add_res(k, v):
    RESERVE.setdefault(k, []).append(v)


def build_existing():
    ex = []
    # --- groups (holding + subsidiaries sharing ketoan@ and switchboard)
    SUBS = ['Xây dựng', 'Bất động sản', 'Cơ điện', 'Thương mại Miền Bắc', 'Quản lý Vận hành', 'Đầu tư Hạ tầng',
            'Vật liệu Xây dựng', 'Năng lượng Mặt trời', 'Nội thất']
    for gi in range(11):
        for _ in range(100):
            b = new_brand()
            hold = 'Công ty Cổ phần Tập đoàn ' + b
            if reg_cname(hold):
                break
        gid = new_group('grp')
        addr = make_addr('HCM' if gi < 9 else 'HN', kind='office')
        dom = slug(b) + ch(['group.com.vn', 'group.vn', 'corp.vn'])
        shared_mail = 'ketoan@' + dom
        reg_email(shared_mail)
        switch = new_landline(addr['city'])
        subs = R.sample(SUBS, 5)
        members = [('holding', hold, 'Công ty CP Tập đoàn ' + b)]
        for s in subs:
            lg = ch(['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV'])
            nm = lg + ' ' + s + ' ' + b
            reg_cname(nm)
            members.append(('subsidiary', nm, None))
        n_ex = ch([2, 3, 3, 4])
        for mi, (role, nm, alt) in enumerate(members):
            own = chance(0.3)
            em = org_email(b, local=ch(['ketoan', 'info', 'muahang', 'admin']), gmail_ok=False, extra=slug(nm.split(' ')[-3]) if own else 'grp') if own else shared_mail
            ph = [switch] + ([new_mobile()] if chance(0.3) else [])
            e = mk_org('group_member', nm, b, addr=addr, email=em, phones=ph,
                       alts=[(alt, 'short_form')] if alt else [(brand_core(nm), 'legal_form_dropped')],
                       ext=str(R.randint(101, 129)), group=gid, short=None)
            e['role'] = role
            e['shared'] = {'email': shared_mail, 'phone': switch}
            if mi < n_ex:
                ex.append(e)
            else:
                add_res('group_company', e)
    # --- companies with branches
    BR = [('Hà Nội', 'HN'), ('Bình Dương', 'BD'), ('Đồng Nai', 'DN'), ('Quận 7', 'HCM'), ('Thủ Đức', 'HCM'), ('Long An', 'LA'), ('Bắc Ninh', 'BN')]
    for bi in range(16):
        c, b, lg, t = company_name(legal=ch(['Công ty Cổ phần', 'Công ty TNHH']), trade=ch(['Thiết bị Điện', 'Xây dựng', 'Thương mại Dịch vụ', 'Cơ điện lạnh', 'Kỹ thuật Cơ điện', 'Điện Công nghiệp']))
        gid = new_group('br')
        dom = org_domain(b)
        main_mail = ch(['ketoan', 'info', 'kinhdoanh']) + '@' + dom
        reg_email(main_mail)
        head = mk_org('head_office', c, b, addr=make_addr('HCM', kind=ch(['office', 'house'])), email=main_mail,
                      alts=[(brand_core(c), 'legal_form_dropped')], group=gid)
        head['domain'] = dom
        brs = R.sample(BR, 3)
        ex.append(head)
        for k, (bn, bc) in enumerate(brs):
            nm = c + ' - Chi nhánh ' + bn
            reg_cname(nm)
            em = 'cn.' + slug(bn) + '@' + dom
            reg_email(em)
            city = bc
            e = mk_org('branch', nm, b, addr=make_addr(city, kind=ch(['office', 'house', 'alley'])), email=em,
                       alts=[('Chi nhánh ' + c + ' tại ' + bn, 'registered_branch_form'), ('CN ' + bn + ' - ' + c, 'branch_first')],
                       group=gid)
            e['domain'] = dom
            e['head'] = c
            e['branch'] = bn
            if k == 0 and chance(0.75):
                ex.append(e)
            else:
                add_res('branch_other', (head, e))
    # --- apartment management boards of one management company
    for mi in range(8):
        b = new_brand()
        mc = 'Công ty Cổ phần Quản lý Bất động sản ' + b
        reg_cname(mc)
        gid = new_group('bql')
        dom = slug(b) + ch(['pm.vn', 'propertycare.com.vn', 'pm.com.vn'])
        mail = ch(['ketoan', 'info', 'bql']) + '@' + dom
        reg_email(mail)
        hot = new_landline('HCM') if chance(0.6) else new_mobile()
        if chance(0.5):
            e = mk_org('management_company', mc, b, addr=make_addr('HCM', kind='office'), email=mail, phones=[hot],
                       alts=[('Cty CP QLBĐS ' + b, 'abbreviated')], group=gid)
            ex.append(e)
        nb = 4
        apts = R.sample(APARTS, nb)
        for k, ap in enumerate(apts):
            nm = 'Ban Quản lý Chung cư ' + ap
            if not reg_cname(nm):
                nm = 'Ban Quản lý Chung cư ' + ap + ' ' + ch(['Block A', 'Block B', 'Tháp 2'])
                if not reg_cname(nm):
                    continue
            a = make_addr('HCM', kind='house')
            a['apt'] = None
            ph = [hot] + ([new_mobile()] if chance(0.5) else [])
            e = mk_org('bql', nm, ap, addr=a, email=mail, phones=ph,
                       alts=[('BQL Tòa nhà ' + ap, 'short_form'), ('Ban Quản trị Chung cư ' + ap, 'other_body_name')],
                       group=gid, contact='auto')
            e['mgmt'] = mc
            e['shared'] = {'email': mail, 'phone': hot}
            if k < 2:
                ex.append(e)
            else:
                add_res('managed_building', e)
    # --- accounting-service agents sharing mailbox and phone for their clients
    for ai in range(7):
        b = new_brand()
        mail = 'ketoan.' + slug(b) + ch(['', '.dv', 'service']) + '@' + ch(['gmail.com', 'gmail.com', 'yahoo.com'])
        reg_email(mail)
        ph = new_mobile()
        gid = new_group('agent')
        for k in range(4):
            if chance(0.5):
                e = make_hkd(email=mail, phones=[ph], group=gid)
            else:
                e = make_company()
                e['email'] = mail
                e['phones'] = [ph]
                e['group'] = gid
            e['agent'] = 'Dịch vụ Kế toán ' + b
            e['shared'] = {'email': mail, 'phone': ph}
            if k < 2:
                ex.append(e)
            else:
                add_res('shared_agent', e)
    # --- public bodies
    OFFICES = ['Trạm Y tế', 'Công an', 'Đảng ủy', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên', 'Ban Chỉ huy Quân sự', 'Mặt trận Tổ quốc']
    hcm_d = [d for d in dist_list('HCM') if d['dt'] == 'Quận'] + [d for d in dist_list('HN')][:3]
    used_w = set()
    for pi in range(24):
        d = ch(hcm_d)
        w = ch(d['wards'])
        key = (d['dn'], w[1])
        if key in used_w:
            continue
        used_w.add(key)
        wname = w[0] + ' ' + w[1]
        dname = d['dt'] + ' ' + d['dn']
        nm = 'UBND ' + wname + ', ' + dname
        if not reg_cname(nm):
            continue
        a = make_addr(d['city'], kind='house', dist=d, ward=w)
        sw = new_landline(d['city'])
        gid = new_group('pub')
        em = 'ubnd' + slug(w[1]) + '.' + slug(d['dn']) + ch(['@gmail.com', '@gmail.com', '@yahoo.com'])
        reg_email(em)
        e = mk_org('public_ward', nm, wname, addr=a, email=em, phones=[sw],
                   alts=[('Ủy ban Nhân dân ' + wname + ' ' + dname, 'long_form'), ('UBND ' + wname, 'district_dropped')],
                   contact='auto', group=gid)
        e['shared'] = {'phone': sw}
        e['wname'], e['dname'] = wname, dname
        ex.append(e)
        for off in R.sample(OFFICES, 2):
            onm = off + ' ' + wname + ', ' + dname
            reg_cname(onm)
            ph = [sw] if chance(0.5) else [new_landline(d['city'])]
            em2 = slug(off)[:6] + slug(w[1]) + '.' + slug(d['dn']) + '@gmail.com'
            reg_email(em2)
            o = mk_org('public_office', onm, wname, addr=a, email=em2, phones=ph,
                       alts=[(off + ' ' + wname, 'district_dropped')], contact='auto', group=gid)
            o['shared'] = {'phone': sw}
            add_res('public_body_department', (e, o))
    for pi in range(6):
        d = ch(hcm_d)
        dname = d['dt'] + ' ' + d['dn']
        nm = 'Văn phòng HĐND và UBND ' + dname
        if not reg_cname(nm):
            continue
        a = make_addr(d['city'], kind='house', dist=d)
        sw = new_landline(d['city'])
        gid = new_group('pub')
        e = mk_org('public_district', nm, dname, addr=a, email=org_email(slug(d['dn']) + 'vp', gmail_ok=True), phones=[sw],
                   alts=[('VP HĐND-UBND ' + dname, 'abbreviated')], contact='auto', group=gid)
        e['shared'] = {'phone': sw}
        ex.append(e)
        for off in R.sample(['Phòng Tài chính - Kế hoạch', 'Phòng Giáo dục và Đào tạo', 'Phòng Quản lý Đô thị', 'Phòng Tài nguyên và Môi trường', 'Phòng Văn hóa và Thông tin'], 2):
            onm = off + ' ' + dname
            reg_cname(onm)
            o = mk_org('public_office', onm, dname, addr=a, email=org_email(slug(off)[:8] + slug(d['dn']), gmail_ok=True),
                       phones=[sw] if chance(0.6) else [new_landline(d['city'])], alts=[], contact='auto', group=gid)
            o['shared'] = {'phone': sw}
            add_res('public_body_department', (e, o))
    # --- schools
    SCH_NAMES = ['Nguyễn Du', 'Lê Quý Đôn', 'Trần Phú', 'Nguyễn Trãi', 'Lương Thế Vinh', 'Chu Văn An', 'Võ Thị Sáu',
                 'Nguyễn Hiền', 'Lý Tự Trọng', 'Phan Bội Châu', 'Trưng Vương', 'Hùng Vương', 'Nguyễn Khuyến',
                 'Tây Thạnh', 'Bình Hưng Hòa', 'Tân Phong', 'Ngô Quyền', 'Lê Lợi', 'Kim Đồng', 'Đinh Tiên Hoàng']
    LEVELS = ['Trường THPT', 'Trường THCS', 'Trường Tiểu học']
    for si, sn in enumerate(SCH_NAMES):
        lv = ch(LEVELS)
        d = ch(dist_list('HCM') + dist_list('HN')[:2])
        nm = lv + ' ' + sn
        if not reg_cname(nm):
            continue
        a = make_addr(d['city'], kind='house', dist=d)
        em = slug(lv.split()[-1] if lv != 'Trường Tiểu học' else 'th') + slug(sn) + ch(['.', '']) + slug(d['dn']) + '@' + ch(['gmail.com', slug(sn) + '-school.edu.vn'])
        reg_email(em)
        e = mk_org('school', nm, sn, addr=a, email=em, phones=[new_landline(d['city'])],
                   alts=[(nm + ' - ' + d['dt'] + ' ' + d['dn'], 'district_added')], contact='auto')
        e['level'] = lv
        e['sname'] = sn
        ex.append(e)
    # --- hospitals / clinics
    for hi in range(16):
        b = new_brand()
        nm = ch(['Bệnh viện Đa khoa ', 'Phòng khám Đa khoa ', 'Bệnh viện Mắt ', 'Phòng khám Nha khoa ']) + b
        if not reg_cname(nm):
            continue
        legal = 'Công ty TNHH ' + nm
        reg_cname(legal)
        e = mk_org('hospital', nm, b, addr=make_addr(kind='house'), alts=[(legal, 'legal_entity_name')])
        ex.append(e)
    # --- foreign-invested firms (plus affiliates held back)
    for fi in range(62):
        nat = wch([('kr', 5), ('jp', 3), ('tw', 3)])
        e = make_foreign(nat)
        ex.append(e)
        if fi < 20:
            a2 = kcn_addr() if chance(0.4) else make_addr(e['addr']['city'], kind='kcn', dist=find_dist(e['addr']['city'], e['addr']['dn']), ward=e['addr']['ward'])
            if a2['kind'] == 'kcn' and e['addr']['kind'] == 'kcn':
                a2['kcn'] = e['addr']['kcn']
            ln2 = ch([x for x in FOREIGN_LINES if x != e['line']])
            f2 = make_foreign(nat, brand=e['brand'], line=ln2, addr=a2, email_domain=e['domain'] if chance(0.6) else None)
            add_res('foreign_affiliate', (e, f2))
    # --- domestic factories in KCN
    for fi in range(45):
        c, b, lg, t = company_name(trade=ch(['Sản xuất Thương mại', 'Sản xuất', 'Sản xuất Bao bì', 'Nhựa', 'Cơ khí', 'Sản xuất Dây cáp điện', 'Thực phẩm']))
        e = mk_org('factory', c, b, addr=kcn_addr(), alts=[(brand_core(c), 'legal_form_dropped')])
        ex.append(e)
    # --- household businesses
    for _ in range(85):
        ex.append(make_hkd())
    # --- contractors and trading companies up to the organisation quota
    n_org_target = 825
    while sum(1 for e in ex if e['type'] == 'org') < n_org_target:
        if chance(0.25):
            ex.append(make_company('contractor'))
        else:
            ex.append(make_company())
    # --- persons
    n_person = N_EXISTING - len(ex)
    subs = []
    for _ in range(n_person):
        subs.append(wch([('vn', 80), ('hoa', 7), ('kr', 3), ('jp', 2), ('tw', 1.5), ('we', 1.5), ('vnam', 5)]))
    # make sure there are fathers for father_son and common names for namesakes
    for i, s in enumerate(subs):
        e = mk_person(s)
        if i < 60:
            e['p'] = pick_vn_name(gender='m', fam=ch(['Nguyễn', 'Trần', 'Lê', 'Phạm']))
            e['p']['given'] = ch(list(FATHER_SON.keys()))
            e['kind'] = 'person:vn'
        ex.append(e)
    # spouses already customers (shared home address and landline) -> household group in existing
    persons = [e for e in ex if e['type'] == 'person' and e['p']['sub'] == 'vn' and e['addr']]
    for k in range(12):
        a = persons[100 + k]
        b = persons[400 + k]
        gid = new_group('home')
        b['addr'] = a['addr']
        a['group'] = b['group'] = gid
        b['kind'] = 'person:vn'
    return ex


# ---------------------------------------------------------------- rendering records
def apply_text_ops(val, ops):
    if val is None:
        return None
    for op in ops:
        if op == 'nodiac':
            val = strip_diac(val)
        elif op == 'caps':
            val = val.upper()
        elif op == 'lower':
            val = val.lower()
        elif op == 'title':
            val = ' '.join(w[:1].upper() + w[1:] for w in val.split(' '))
        elif op == 'moji1252':
            val = mojibake(val, 'cp1252')
        elif op == 'moji1258':
            val = mojibake(val, 'cp1258')
        elif op == 'nfd':
            val = unicodedata.normalize('NFD', val)
        elif op == 'mangled':
            val = mangle_marks(val)
        elif op == 'old_tone':
            val = old_tone(val)
        elif op == 'dz':
            val = dz_style(val)
    return val


TEXT_OP_NAME = {'nodiac': 'diacritics_dropped', 'caps': 'capitals', 'lower': 'lowercase', 'title': 'capitals',
                'moji1252': 'mojibake_cp1252', 'moji1258': 'mojibake_cp1258', 'nfd': 'unicode_decomposed',
                'mangled': 'accents_mangled', 'old_tone': 'old_tone_placement', 'dz': 'dz_spelling'}


def pick_text_ops(src, profile, person=False):
    ops = []
    lvl = {'canon': 0, 'light': 1, 'medium': 2, 'harsh': 3}[profile]
    if src == 'qbo':
        if chance(0.1):
            ops.append('nodiac')
        elif chance(0.04):
            ops.append('old_tone')
        if chance(0.04):
            ops.append('caps')
        return ops
    r = R.random()
    if src == 'webshop':
        if r < 0.45:
            ops.append('nodiac')
        if chance(0.12):
            ops.append('lower')
    elif src == 'old_import':
        if lvl >= 2 and chance(0.35):
            ops.append(ch(['moji1252', 'moji1252', 'moji1258', 'nfd']))
        elif r < 0.3:
            ops.append('nodiac')
        if chance(0.4) and not any(o.startswith('moji') for o in ops):
            ops.insert(0, 'caps')
    elif src == 'sales_app':
        if r < 0.15:
            ops.append('nodiac')
        elif chance(0.1):
            ops.append('old_tone')
    else:
        if r < 0.35:
            ops.append('nodiac')
    if lvl >= 2 and not ops and chance(0.25):
        ops.append(ch(['mangled', 'old_tone', 'nodiac', 'title']))
    if person and lvl >= 2 and chance(0.1) and 'moji1252' not in ops:
        ops = ['dz']
    return ops


def render(e, src, profile, keep=None, name_form=None):
    """returns (contact dict, facts, tags). keep: channel guaranteed to be shared ('email','phone','address')
    For src 'qbo' (existing) the canonical data is shown."""
    tags = []
    lvl = {'canon': 0, 'light': 1, 'medium': 2, 'harsh': 3}[profile]
    harsh = lvl == 3
    facts = {'email': None, 'phones': [], 'addr': None}
    c = {'displayName': None, 'givenName': None, 'familyName': None, 'companyName': None,
         'email': None, 'phone': None, 'address': None}
    tops = pick_text_ops(src, profile, person=e['type'] == 'person')
    # ---------------- names
    if e['type'] == 'person':
        p = e['p']
        if src == 'qbo':
            d, g, f = canon_pname(p)
            if chance(0.12):
                g, f = None, None
        else:
            forms = name_forms_available(p, harsh or (lvl == 2 and src == 'pos'))
            form = wch(forms) if lvl >= 1 else 'full'
            if src == 'pos' and p['sub'] in ('vn', 'hoa') and lvl >= 2 and chance(0.5):
                form = 'given_only'
            if name_form:
                form = name_form
            if p['sub'] == 'vnam' and form == 'full' and p['canon'] == 'viet':
                form = 'viet'
            d, g, f = pname_forms(p, form)
            if form not in ('full',) and not (p['sub'] == 'vnam' and form == ('full' if p['canon'] == 'west' else 'viet')):
                for fld in ('displayName', 'givenName', 'familyName'):
                    tags.append((fld, {'nomid': 'middle_name_dropped', 'western': 'western_order', 'western_nomid': 'western_order_middle_dropped',
                                       'given_only': 'given_name_only', 'swapped': 'given_family_swapped', 'initials': 'abbreviated',
                                       'viet': 'vietnamese_name', 'full': 'western_name', 'mixed': 'mixed_name', 'hanviet': 'sino_vietnamese_reading',
                                       'passport': 'passport_style', 'mr': 'surname_with_title', 'nick': 'nickname'}.get(form, form)))
            if src in ('sales_app', 'old_import') and chance(0.5):
                g, f = None, None
            if src == 'webshop' and chance(0.15) and g and f:
                g, f = f, g
                tags.append(('givenName', 'given_family_swapped'))
                tags.append(('familyName', 'given_family_swapped'))
        d, g, f = apply_text_ops(d, tops), apply_text_ops(g, tops), apply_text_ops(f, tops)
        for op in tops:
            for fld in ('displayName', 'givenName', 'familyName'):
                tags.append((fld, TEXT_OP_NAME[op]))
        if lvl >= 2 and chance(0.35 if harsh else 0.2):
            if chance(0.5):
                d = typo(d)
                tags.append(('displayName', 'typo'))
            else:
                d = tone_typo(d)
                tags.append(('displayName', 'tone_typo'))
        c['displayName'], c['givenName'], c['familyName'] = d, g, f
    else:
        name = e['cname']
        if src == 'qbo':
            if chance(0.08):
                name, _ = abbreviate(name, 0.7)
            if e['kind'] == 'org:foreign_kr' and chance(0.2):
                name = name.upper()
        else:
            if lvl >= 1 and e['alts'] and chance({1: 0.12, 2: 0.3, 3: 0.5}[lvl]):
                name, why = ch(e['alts'])
                tags.append(('companyName', why))
                tags.append(('displayName', why))
            pab = {'qbo': 0, 'webshop': 0.15, 'sales_app': 0.7, 'old_import': 0.3, 'pos': 0.5}[src] * (0.5 + 0.3 * lvl)
            name, t = abbreviate(name, pab)
            if t:
                tags.append(('companyName', 'abbreviated'))
                tags.append(('displayName', 'abbreviated'))
            if lvl >= 2 and chance(0.3) and LEGAL_PREFIX.match(name):
                name = LEGAL_PREFIX.sub('', name)
                tags.append(('companyName', 'legal_form_dropped'))
                tags.append(('displayName', 'legal_form_dropped'))
            if lvl >= 1 and chance(0.06):
                name = name.upper()
                tags.append(('companyName', 'capitals'))
        cname = apply_text_ops(name, tops)
        for op in tops:
            tags.append(('companyName', TEXT_OP_NAME[op]))
            tags.append(('displayName', TEXT_OP_NAME[op]))
        if lvl >= 2 and chance(0.3 if harsh else 0.15):
            cname = typo_in_words(cname)
            tags.append(('companyName', 'typo'))
            tags.append(('displayName', 'typo'))
        dname = cname
        if src == 'qbo':
            if e.get('short') and chance(0.25):
                dname = e['short'] + ' - ' + (e['addr']['dt'][0] + '.' if e['addr']['dt'] == 'Quận' else '') + e['addr']['dn']
        elif src in ('sales_app', 'pos') and e.get('short') and chance(0.3):
            dname = apply_text_ops(e['short'], tops)
            tags.append(('displayName', 'short_name'))
        c['companyName'], c['displayName'] = cname, dname
        cp = e.get('contact')
        if cp and (src == 'qbo' and chance(0.7) or src != 'qbo' and chance(0.5)):
            d2, g2, f2 = pname_forms(cp, 'full') if cp['sub'] not in ('vnam',) else canon_pname(cp)
            if src == 'sales_app' and cp['sub'] in ('vn', 'hoa') and chance(0.5):
                g2, f2 = honor(cp) + ' ' + cp['given'], None
                tags.append(('givenName', 'honorific_given_only'))
            c['givenName'], c['familyName'] = apply_text_ops(g2, tops), apply_text_ops(f2, tops)
        if src != 'qbo' and lvl >= 2 and chance(0.12):
            np_ = contact_person()
            c['givenName'], c['familyName'] = np_['given'], np_['fam']
            tags.append(('givenName', 'other_contact_person'))
            tags.append(('familyName', 'other_contact_person'))
    # ---------------- channels
    has = {'email': e['email'] is not None, 'phone': bool(e['phones']), 'address': e['addr'] is not None}
    if src == 'qbo':
        show = {'email': has['email'] and chance(0.78), 'phone': has['phone'] and chance(0.9),
                'address': has['address'] and chance(0.8)}
        if e.get('group') or e.get('_showall'):
            show = dict(has)
        if not any(show.values()):
            show[ch([k for k in ('email', 'phone', 'address') if has[k]])] = True
        mode = {k: 'same' if show[k] else 'none' for k in show}
    else:
        mode = {}
        for k in ('email', 'phone', 'address'):
            if not has[k]:
                mode[k] = 'none'
                continue
            if keep == k:
                mode[k] = 'same'
                continue
            if lvl == 1:
                mode[k] = wch([('same', 8), ('none', 2)])
            elif lvl == 2:
                mode[k] = wch([('same', 5), ('none', 3), ('other', 2)])
            else:
                mode[k] = wch([('same', 2), ('none', 4), ('other', 4)])
        pres = {'webshop': {'email': 1.0, 'phone': 0.9, 'address': 0.85}, 'sales_app': {'email': 0.5, 'phone': 0.95, 'address': 0.8},
                'old_import': {'email': 0.5, 'phone': 0.8, 'address': 0.9}, 'pos': {'email': 0.25, 'phone': 1.0, 'address': 0.35}}[src]
        for k in ('email', 'phone', 'address'):
            if mode[k] == 'same' and keep != k and not chance(pres[k]):
                mode[k] = 'none'
    # email
    if mode['email'] == 'same':
        em = e['email']
        facts['email'] = em.lower()
        if src != 'qbo':
            if chance(0.12 + 0.05 * lvl):
                local, dom = em.split('@')
                em = ch([local.capitalize() + '@' + dom, em.upper() if chance(0.3) else local + '@' + dom.capitalize()])
                tags.append(('email', 'capitals'))
            elif lvl >= 2 and em.endswith('@gmail.com') and chance(0.3) and '.' not in em.split('@')[0] and len(em.split('@')[0]) > 6:
                local = em.split('@')[0]
                i = R.randint(2, len(local) - 3)
                em = local[:i] + '.' + local[i:] + '@gmail.com'
                tags.append(('email', 'gmail_dots'))
        c['email'] = em
    elif mode['email'] == 'other':
        if chance(0.35):
            local, dom = e['email'].split('@')
            bad = ch([typo(local) + '@' + dom, local + '@' + {'gmail.com': ch(['gmial.com', 'gmail.con', 'gmai.com']), 'yahoo.com': 'yaho.com'}.get(dom, dom + 'n')])
            if bad.lower() == e['email'].lower() or not reg_email(bad):
                bad = 'x' + bad
                reg_email(bad)
            c['email'] = bad
            tags.append(('email', 'typo'))
        else:
            if e['type'] == 'person':
                c['email'] = person_email(e['p'], e['city'])
            else:
                c['email'] = org_email(e['brand'], gmail_ok=True)
            tags.append(('email', 'new_address'))
    # phone
    if mode['phone'] in ('same', 'other'):
        nums = list(e['phones'])
        if src == 'qbo':
            show = nums if len(nums) <= 2 else nums[:2]
        else:
            show = [ch(nums[:2])] if (len(nums) > 1 and chance(0.5)) else nums[:2]
            if keep == 'phone' and nums[0] not in show:
                show = [nums[0]] + show
        shown = []
        for n in show:
            if mode['phone'] == 'other':
                shown.append(new_mobile() if chance(0.6) else digit_off(n))
                tags.append(('phone', 'new_number' if shown[-1] not in nums and len(shown[-1]) == len(n) and sum(x != y for x, y in zip(shown[-1], n)) > 1 else 'digit_off'))
            else:
                shown.append(n)
                facts['phones'].append(n)
        if mode['phone'] == 'same' and src != 'qbo' and lvl >= 1 and chance(0.15) and len(e['phones']) == 1:
            shown.append(new_mobile())
            tags.append(('phone', 'second_number_added'))
        old_ok = src == 'old_import' and chance(0.6) or (lvl >= 2 and chance(0.15))
        if old_ok and any((is_mobile(n) and n[:3] in OLD_MOB) or not is_mobile(n) for n in shown):
            tags.append(('phone', 'old_prefix_or_area_code'))
        c['phone'] = render_phones(shown, e.get('ext') if mode['phone'] == 'same' else None, src, old_ok=old_ok)
    # address
    if mode['address'] in ('same', 'other'):
        a = e['addr']
        if mode['address'] == 'other':
            a = make_addr(e['addr']['city'] if chance(0.7) else None)
            tags.append(('address', 'moved'))
        else:
            facts['addr'] = a['id']
        st = addr_style(src, heavy=lvl >= 2 and mode['address'] == 'same')
        if src != 'qbo' and tops and st.get('text') is None and chance(0.7):
            t0 = tops[0]
            st['text'] = {'nodiac': 'nodiac', 'caps': 'caps', 'moji1252': 'moji', 'moji1258': 'moji', 'nfd': 'nfd'}.get(t0)
            st['enc'] = 'cp1258' if t0 == 'moji1258' else 'cp1252'
        if src == 'qbo' and chance(0.08):
            st['text'] = 'nodiac'
        st = fix_city(st, a)
        if st.get('old_names') and (a['old'] or a['ward'][2]):
            tags.append(('address', 'old_district_or_ward_name'))
        if st.get('ward') is False:
            tags.append(('address', 'ward_dropped'))
        if st.get('typo'):
            tags.append(('address', 'typo'))
        if st.get('text') in TEXT_OP_NAME or st.get('text') in ('moji', 'caps_nodiac'):
            tags.append(('address', {'moji': 'mojibake', 'caps_nodiac': 'capitals_diacritics_dropped'}.get(st['text'], TEXT_OP_NAME.get(st['text'], st['text']))))
        c['address'] = render_addr(a, st)
    return c, facts, tags


def diff_changes(base, rec, tags):
    out = []
    fields = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
    for f in fields:
        b, r = base.get(f), rec.get(f)
        if b == r:
            continue
        if b is None:
            out.append(f + ':added')
            continue
        if r is None:
            out.append(f + ':dropped')
            continue
        got = []
        for tf, what in tags:
            if tf == f and what not in got:
                got.append(what)
        if not got:
            got = ['reformatted']
        out += [f + ':' + w for w in got]
    return out


def evidence(fa, fb):
    ev = []
    if fa['email'] and fa['email'] == fb['email']:
        ev.append('email')
    if any(n in fb['phones'] for n in fa['phones']):
        ev.append('phone')
    if fa['addr'] is not None and fa['addr'] == fb['addr']:
        ev.append('address')
    return ev


# ---------------------------------------------------------------- hard negatives
def hn_person_base(anchor, pn, city=None, addr=None, phones=None, email=None):
    e = mk_person(pn['sub'], city=city or anchor['city'], pn=pn, addr=addr is None)
    if addr is not None:
        e['addr'] = addr
    if phones is not None:
        e['phones'] = phones
    if email is not None:
        e['email'] = email
    return e


def build_hard_negatives(existing):
    persons_vn = [e for e in existing if e['type'] == 'person' and e['p']['sub'] == 'vn']
    HASADDR = lambda x: x['_facts']['addr'] is not None
    used_anchor = set()
    out = []   # (hn entity, anchor entity, hn_type, rule, shared-list, keep channels)
    RULE_P = 'one customer per natural person'
    RULE_L = 'one customer per legal entity (own tax code / MST)'

    def take(pool, pred=lambda x: True):
        cands = [x for x in pool if x['eid'] not in used_anchor and pred(x)]
        x = ch(cands)
        used_anchor.add(x['eid'])
        return x

    # 1 namesake in another city
    for _ in range(11):
        a = take(persons_vn, lambda x: x['p']['fam'] in ('Nguyễn', 'Trần', 'Lê', 'Phạm') and x['city'] == 'HCM')
        pn = dict(a['p'])
        pn['mids'] = list(a['p']['mids'])
        e = hn_person_base(a, pn, city=ch(['HN', 'HN', 'DN', 'BD']))
        out.append((e, a, 'namesake_other_city', RULE_P + '; same name, different person in another city', ['name'], []))
    # 2 namesake in the same city
    for _ in range(10):
        a = take(persons_vn, lambda x: HASADDR(x) and x['addr']['city'] == 'HCM' and x['p']['fam'] in ('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ'))
        pn = dict(a['p'])
        pn['mids'] = list(a['p']['mids'])
        e = hn_person_base(a, pn, city='HCM')
        while e['addr']['city'] != 'HCM':
            e['addr'] = make_addr('HCM')
        out.append((e, a, 'namesake_same_city', RULE_P + '; common name shared by thousands, no contact detail in common', ['name', 'city'], []))
    # 3 household member (adult child / sibling, same surname, same home)
    for _ in range(11):
        a = take(persons_vn, lambda x: HASADDR(x) and x['group'] is None)
        pn = pick_vn_name(fam=a['p']['fam'])
        while pn['given'] == a['p']['given']:
            pn = pick_vn_name(fam=a['p']['fam'])
        sh = ['address', 'familyName']
        ph = None
        lands = [n for n in a['phones'] if not is_mobile(n)]
        if lands:
            ph = [lands[0], new_mobile()]
            sh.append('phone')
        e = hn_person_base(a, pn, addr=a['addr'], phones=ph)
        out.append((e, a, 'household_member', RULE_P + '; family member living at the same address', sh, [s for s in sh if s in ('address', 'phone')]))
    # 4 father and son
    for _ in range(11):
        a = take(persons_vn, lambda x: x['p']['gender'] == 'm' and x['p']['given'] in FATHER_SON and HASADDR(x) and x['group'] is None)
        pn = {'sub': 'vn', 'fam': a['p']['fam'], 'mids': list(a['p']['mids']) if chance(0.7) else [ch(MID_M)],
              'given': FATHER_SON[a['p']['given']], 'gender': 'm'}
        e = hn_person_base(a, pn, addr=a['addr'])
        sh = ['address', 'familyName'] + (['similar_name'] if pn['mids'] == a['p']['mids'] or strip_diac(pn['given']) == strip_diac(a['p']['given']) else [])
        if chance(0.4):
            e['email'] = None
        out.append((e, a, 'father_son', RULE_P + '; father and son at one address, given names differ only by diacritics', sh, ['address']))
    # 5 spouse (Vietnamese wives keep their own surname)
    for _ in range(11):
        a = take(persons_vn, lambda x: x['p']['gender'] == 'm' and HASADDR(x) and x['group'] is None)
        pn = pick_vn_name(gender='f')
        sh = ['address']
        ph = None
        lands = [n for n in a['phones'] if not is_mobile(n)]
        if lands or chance(0.3):
            ph = [lands[0] if lands else new_landline(a['city']), new_mobile()]
            if ph[0] in a['phones']:
                sh.append('phone')
        e = hn_person_base(a, pn, addr=a['addr'], phones=ph)
        out.append((e, a, 'spouse', RULE_P + '; husband and wife are billed separately', sh, [s for s in sh if s in ('address', 'phone')]))
    # 6 another branch of a company already a customer
    for head, br in R.sample(RESERVE['branch_other'], 11):
        anc = head
        for x in existing:
            if x.get('group') == head['group'] and x['kind'] == 'org:branch' and chance(0.5):
                anc = x
        used_anchor.add(anc['eid'])
        out.append((br, anc, 'branch_other', 'each chi nhánh registered with its own dependent tax code (MST-xxx) is billed as a separate customer',
                    ['company_stem', 'email_domain'], []))
    # 7 group's other company
    pool = RESERVE['group_company']
    for e in R.sample(pool, 11):
        anc = ch([x for x in existing if x.get('group') == e['group']])
        used_anchor.add(anc['eid'])
        sh = ['brand', 'phone', 'address']
        if e['email'] == e['shared']['email'] and anc['email'] == e['email']:
            sh.append('email')
        out.append((e, anc, 'group_company', RULE_L + '; subsidiaries of one group share the ketoan@ mailbox and switchboard', sh, [s for s in sh if s in ('email', 'phone', 'address')]))
    # 8 other building of the same management company
    pool = RESERVE['managed_building']
    for e in R.sample(pool, 11):
        ancs = [x for x in existing if x.get('group') == e['group'] and x['kind'] == 'org:bql'] or [x for x in existing if x.get('group') == e['group']]
        anc = ch(ancs)
        used_anchor.add(anc['eid'])
        sh = ['email', 'phone'] if anc['email'] == e['email'] else ['phone']
        out.append((e, anc, 'managed_building', 'one customer per apartment building management board; buildings run by one management company share its mailbox and hotline', sh, sh))
    # 9 another client of one accounting agent
    pool = RESERVE['shared_agent']
    for e in R.sample(pool, 10):
        anc = ch([x for x in existing if x.get('group') == e['group']])
        used_anchor.add(anc['eid'])
        out.append((e, anc, 'shared_agent', RULE_L + '; an accounting service uses its own mailbox and phone for several client businesses', ['email', 'phone'], ['email', 'phone']))
    # 10 later occupant of an address
    for _ in range(11):
        a = take(existing, lambda x: HASADDR(x) and x['group'] is None and x['addr']['kind'] in ('house', 'alley'))
        if a['type'] == 'person' or chance(0.5):
            e = make_hkd(addr=a['addr'])
            rule = 'one customer per person / legal entity; a new business occupies the premises of the earlier customer'
        else:
            e = mk_person('vn', city=a['addr']['city'], addr=False)
            e['addr'] = a['addr']
            rule = RULE_P + '; a new tenant lives at the address of the earlier customer'
        out.append((e, a, 'later_occupant', rule, ['address'], ['address']))
    # 11 similar name, other trade
    comps = [x for x in existing if x['kind'] in ('org:tnhh', 'org:tnhh_mtv', 'org:cp', 'org:dntn', 'org:contractor')]
    for _ in range(11):
        a = take(comps)
        lg = ch(['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV'])
        for _t in range(50):
            t = wch(TRADES)
            nm = lg + ' ' + t + ' ' + a['brand']
            if t not in a['cname'] and reg_cname(nm):
                break
        e = mk_org({'Công ty TNHH': 'tnhh', 'Công ty TNHH MTV': 'tnhh_mtv', 'Công ty Cổ phần': 'cp'}[lg], nm, a['brand'],
                   addr=make_addr(ch(['HCM', 'HN', 'BD'])), alts=[(lg + ' ' + a['brand'], 'trade_dropped')], short=a['brand'])
        out.append((e, a, 'similar_name_other_trade', RULE_L + '; same trade name registered by an unrelated firm in another trade', ['brand'], []))
    # 12 public body's other department
    for anc, o in R.sample(RESERVE['public_body_department'], 11):
        used_anchor.add(anc['eid'])
        sh = ['address'] + (['phone'] if anc['shared']['phone'] in o['phones'] else [])
        out.append((o, anc, 'public_body_department', 'one customer per budget unit (own budget relationship code); offices sharing a building are separate units', sh, sh))
    # 13 school of the same name, other level or district
    schools = [x for x in existing if x['kind'] == 'org:school']
    for _ in range(10):
        a = take(schools)
        lv = ch([x for x in ['Trường THPT', 'Trường THCS', 'Trường Tiểu học'] if x != a['level']])
        nm = lv + ' ' + a['sname']
        if not reg_cname(nm):
            nm = lv + ' ' + a['sname'] + ' ' + ch(['2', 'B'])
            reg_cname(nm)
        d = ch(dist_list('HCM') + dist_list('HN'))
        ad = make_addr(d['city'], kind='house', dist=d)
        em = slug(lv.split()[-1]) + slug(a['sname']) + slug(d['dn']) + '@gmail.com'
        reg_email(em)
        e = mk_org('school', nm, a['sname'], addr=ad, email=em, phones=[new_landline(d['city'])],
                   alts=[(nm + ' - ' + d['dt'] + ' ' + d['dn'], 'district_added')])
        out.append((e, a, 'school_same_name', RULE_L + '; schools named after the same person are different public units', ['name_stem'], []))
    # 14 foreign affiliate (same parent brand, other Vietnamese company)
    for anc, f2 in R.sample(RESERVE['foreign_affiliate'], 10):
        used_anchor.add(anc['eid'])
        sh = ['brand'] + (['email_domain'] if f2['domain'] == anc['domain'] else []) + (['address'] if f2['addr'] is anc['addr'] else [])
        out.append((f2, anc, 'foreign_affiliate', RULE_L + '; sister subsidiaries of one foreign parent are separate Vietnamese legal entities', sh, []))
    # 15 hộ kinh doanh owner vs namesake shop? -> top up to 150 with namesakes of expats / Viet-Americans
    expats = [x for x in existing if x['type'] == 'person' and x['p']['sub'] in ('kr', 'jp', 'vnam', 'hoa')]
    while len(out) < N_HN:
        a = take(expats)
        pn = dict(a['p'])
        if pn.get('mids') is not None:
            pn['mids'] = list(pn['mids'])
        e = hn_person_base(a, pn, city=ch(['HCM', 'HN', 'BD']))
        out.append((e, a, 'namesake_expat_or_diaspora', RULE_P + '; same romanised name (common Korean / Japanese / Hoa / Viet-American name), different person',
                    ['name'], []))
    return out


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    existing = build_existing()
    assert len(existing) == N_EXISTING, len(existing)
    for e in existing:
        e['eid'] = new_id()
    # existing records (canonical rendering)
    ex_recs = []
    for e in existing:
        c, facts, _ = render(e, 'qbo', 'canon')
        e['_facts'] = facts
        ex_recs.append([e, c, facts])
    # unique display names (QBO requires it)
    seen = {}
    for e, c, f in ex_recs:
        k = c['displayName'].casefold()
        if k in seen:
            a = e['addr']
            suf = [' (' + ('Q.' + a['dn'] if a and a['dt'] == 'Quận' else (a['dn'] if a else e['city'])) + ')' if a else '',
                   ' - ' + e['phones'][0][-4:] if e['phones'] else '', ' 2', ' 3', ' 4', ' (' + e['eid'][1:5] + ')']
            for s in suf:
                if s and (c['displayName'] + s).casefold() not in seen:
                    c['displayName'] = c['displayName'] + s
                    break
        seen[c['displayName'].casefold()] = True
    ex_recs.sort(key=lambda r: (r[1]['displayName'].casefold(), r[0]['eid']))
    ex_index = {}
    for i, r in enumerate(ex_recs):
        ex_index[r[0]['eid']] = i

    inc = []   # dicts: entity, contact, facts, tags, meta(partial)
    SRC = [('webshop', 30), ('sales_app', 30), ('old_import', 20), ('pos', 20)]
    # ---- matches
    order = list(range(N_EXISTING))
    R.shuffle(order)
    targets = order[:700] + R.sample(order[:700], N_MATCH - 700)
    for ti in targets:
        e, ec, ef = ex_recs[ti]
        avail = [k for k in ('email', 'phone', 'address') if (k == 'email' and ef['email']) or (k == 'phone' and ef['phones']) or (k == 'address' and ef['addr'] is not None)]
        profile = wch([('light', 40), ('medium', 35), ('harsh', 25)])
        src = wch(SRC)
        if src == 'pos' and 'phone' in avail and chance(0.8):
            keep = 'phone'
        elif src == 'webshop' and 'email' in avail and chance(0.6):
            keep = 'email'
        else:
            keep = ch(avail)
        for _try in range(20):
            c, facts, tags = render(e, src, profile, keep=keep)
            ev = evidence(ef, facts)
            if ev:
                break
        assert ev
        inc.append({'e': e, 'c': c, 'facts': facts, 'tags': tags, 'cat': 'match', 'profile': profile, 'src': src,
                    'cmp_ex': ti, 'evidence': ev})
    # ---- hard negatives
    hns = build_hard_negatives([r[0] for r in ex_recs])
    for e, anc, typ, rule, shared, keep_ch in hns:
        e['eid'] = new_id()
        src = wch(SRC[:3])
        c, facts, tags = render(e, src, 'light', name_form=ch(['full', 'full', 'western']))
        # claimed shared channels must be visible and correct
        for k in keep_ch:
            if k == 'email':
                c['email'] = e['email']
                facts['email'] = e['email'].lower()
            elif k == 'phone':
                shared_nums = [n for n in e['phones'] if n in anc['phones']]
                c['phone'] = render_phones(shared_nums + [n for n in e['phones'] if n not in shared_nums][:1], None, src)
                facts['phones'] = list(e['phones'])
            elif k == 'address':
                st = fix_city(addr_style(src), e['addr'])
                c['address'] = render_addr(e['addr'], st)
                facts['addr'] = e['addr']['id']
        if 'email_domain' in shared and e['email']:
            c['email'] = e['email']
            facts['email'] = e['email'].lower()
        if 'city' in shared:
            c['address'] = render_addr(e['addr'], fix_city(addr_style(src), e['addr']))
            facts['addr'] = e['addr']['id']
        ac = anc['_facts']
        ok = []
        for s_ in shared:
            if s_ == 'email_domain':
                if not (ac['email'] and c['email'] and ac['email'].split('@')[1] == c['email'].lower().split('@')[1]):
                    continue
            if s_ == 'city':
                if not (ac['addr'] is not None and anc['addr']['city'] == e['addr']['city']):
                    continue
            ok.append(s_)
        inc.append({'e': e, 'c': c, 'facts': facts, 'tags': [], 'cat': 'hard_negative', 'src': src, 'anchor': anc,
                    'hn_type': typ, 'rule': rule, 'shared': ok})
    # ---- new customers
    for k in NEW_PLAN:
        sub = wch([('person', 45), ('org', 55)])
        if sub == 'person':
            e = mk_person(wch([('vn', 82), ('hoa', 6), ('kr', 3), ('jp', 2), ('tw', 1), ('we', 2), ('vnam', 4)]))
        else:
            r = R.random()
            if r < 0.2:
                e = make_hkd()
            elif r < 0.28:
                e = make_foreign(wch([('kr', 5), ('jp', 3), ('tw', 3)]))
            elif r < 0.38:
                c_, b_, lg_, t_ = company_name(trade=ch(['Sản xuất Thương mại', 'Sản xuất', 'Cơ khí']))
                e = mk_org('factory', c_, b_, addr=kcn_addr(), alts=[(brand_core(c_), 'legal_form_dropped')])
            elif r < 0.55:
                e = make_company('contractor')
            else:
                e = make_company()
        e['eid'] = new_id()
        chans = [x for x in ('phone', 'email', 'address') if (x == 'phone' and e['phones']) or (x == 'email' and e['email']) or (x == 'address' and e['addr'])]
        keep = ch(chans)
        for j in range(k):
            profile = 'light' if j == 0 and chance(0.5) else wch([('light', 40), ('medium', 35), ('harsh', 25)])
            src = wch(SRC)
            if src == 'pos' and keep != 'phone':
                src = 'sales_app'
            c, facts, tags = render(e, src, profile, keep=keep)
            inc.append({'e': e, 'c': c, 'facts': facts, 'tags': tags, 'cat': 'new', 'profile': profile, 'src': src, 'k': k})
    assert len(inc) == N_INCOMING, len(inc)
    R.shuffle(inc)
    # occurrence numbering for new customers
    first = {}
    count = {}
    for i, r in enumerate(inc):
        if r['cat'] != 'new':
            continue
        eid = r['e']['eid']
        count[eid] = count.get(eid, 0) + 1
        r['occ'] = count[eid]
        if count[eid] == 1:
            first[eid] = i
    # ---- write
    out_dir = args.out
    os.makedirs(out_dir, exist_ok=True)
    set_lines, meta_lines = [], []

    def kind_of(e):
        return e['kind']

    for i, (e, c, f) in enumerate(ex_recs):
        set_lines.append({'set': 'existing', 'entity': e['eid'], 'contact': c})
        m = {'set': 'existing', 'index': i, 'entity': e['eid'], 'category': 'existing', 'kind': kind_of(e), 'changes': []}
        if e.get('group'):
            m['group'] = e['group']
        meta_lines.append(m)
    for i, r in enumerate(inc):
        e, c = r['e'], r['c']
        set_lines.append({'set': 'incoming', 'entity': e['eid'], 'contact': c})
        m = {'set': 'incoming', 'index': i, 'entity': e['eid'], 'category': r['cat'], 'kind': kind_of(e), 'source': r['src']}
        if r['cat'] == 'match':
            base = ex_recs[r['cmp_ex']][1]
            m['changes'] = diff_changes(base, c, r['tags'])
            m['profile'] = r['profile']
            m['evidence'] = r['evidence']
            m['compare_set'] = 'existing'
            m['compare_index'] = r['cmp_ex']
        elif r['cat'] == 'new':
            m['occurrence'] = r['occ']
            if r['occ'] == 1:
                m['changes'] = []
                m['profile'] = r['profile']
            else:
                fi = first[e['eid']]
                m['changes'] = diff_changes(inc[fi]['c'], c, r['tags'])
                m['profile'] = r['profile']
                m['evidence'] = evidence(inc[fi]['facts'], r['facts'])
                assert m['evidence'], (e['eid'])
                m['compare_set'] = 'incoming'
                m['compare_index'] = fi
        else:
            anc = r['anchor']
            ai = ex_index[anc['eid']]
            base = ex_recs[ai][1]
            m['changes'] = [x.split(':')[0] + ':differs' for x in diff_changes(base, c, [])]
            m['anchor'] = anc['eid']
            m['anchor_index'] = ai
            m['hn_type'] = r['hn_type']
            m['rule'] = r['rule']
            ev = evidence(ex_recs[ai][2], r['facts'])
            sh = [s for s in r['shared'] if s not in ('email', 'phone', 'address')] + ev
            m['shared'] = sh
        meta_lines.append(m)
    with open(os.path.join(out_dir, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for l in set_lines:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    with open(os.path.join(out_dir, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for l in meta_lines:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
