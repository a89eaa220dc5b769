#!/usr/bin/env python3
"""Generator for the kr-jeonja record-linkage benchmark (synthetic, invented data).

A Seoul distributor of electronic components and industrial controls (invented),
with a Busan branch and export customers in Japan, Vietnam and the US, keeps its
customer list in QuickBooks Online ("existing").  Upstream systems (Korean order
system, English export desk, sales reps' spreadsheets, an old ERP import) send
"incoming" customer records.

Python 3 standard library only.  One random.Random(SEED).  No iteration over
sets or hash-ordered containers.  `python3 gen.py [--out DIR]`.
"""
import argparse
import json
import os
import random
import re
import unicodedata

SEED = 20250613
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_MATCH = 825
N_HN = 150
NEW_SINGLE, NEW_DOUBLE, NEW_TRIPLE = 300, 75, 25      # 300 + 150 + 75 = 525 records


# ----------------------------------------------------------------- helpers
def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def chance(p):
    return R.random() < p


def sample(seq, k):
    return R.sample(list(seq), k)


# ----------------------------------------------------------------- Hangul
CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ',
        'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']


def is_hangul(ch):
    return '\uac00' <= ch <= '\ud7a3'


def has_hangul(s):
    return any(is_hangul(c) for c in s)


def dec(ch):
    v = ord(ch) - 0xAC00
    return v // 588, (v % 588) // 28, v % 28


def com(c, j, t):
    return chr(0xAC00 + c * 588 + j * 28 + t)


RR_I = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h']
RR_V = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we',
        'wi', 'yu', 'eu', 'ui', 'i']
FIN = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p',
       't', 't', 'ng', 't', 't', 'k', 't', 'p', 't']
LIAISON = {1: 'g', 2: 'kk', 4: 'n', 7: 'd', 8: 'r', 16: 'm', 17: 'b', 19: 's', 20: 'ss', 22: 'j',
           23: 'ch', 24: 'k', 25: 't', 26: 'p', 27: ''}
LOANWORDS = [('가산디지털', 'gasandigital'), ('디지털', 'digital'), ('센텀', 'centum'),
             ('테크노', 'techno'), ('컨벤시아', 'convensia')]


def rr_word(word):
    """Revised Romanisation of a Hangul place-name stem with the common sound rules."""
    for ko, en in LOANWORDS:
        if word.startswith(ko):
            return en + rr_word(word[len(ko):])
    parts = []
    for ch in word:
        if is_hangul(ch):
            parts.append(list(dec(ch)))
        else:
            parts.append(ch)
    ro = []
    for p in parts:
        if isinstance(p, str):
            ro.append([p, '', ''])
        else:
            ro.append([RR_I[p[0]], RR_V[p[1]], FIN[p[2]]])
    for k in range(len(parts) - 1):
        a, b = parts[k], parts[k + 1]
        if isinstance(a, str) or isinstance(b, str):
            continue
        t, c = a[2], b[0]
        f = FIN[t]
        if t == 0:
            continue
        if c == 11:
            if t == 21:
                continue
            ro[k][2] = ''
            ro[k + 1][0] = LIAISON.get(t, f)
        elif c in (2, 6):
            if f == 'k':
                ro[k][2] = 'ng'
            elif f == 't':
                ro[k][2] = 'n'
            elif f == 'p':
                ro[k][2] = 'm'
            elif f == 'l' and c == 2:
                ro[k + 1][0] = 'l'
        elif c == 5:
            if f in ('n', 'l'):
                ro[k][2] = 'l'
                ro[k + 1][0] = 'l'
            elif f in ('m', 'ng'):
                ro[k + 1][0] = 'n'
            elif f == 'k':
                ro[k][2] = 'ng'
                ro[k + 1][0] = 'n'
            elif f == 'p':
                ro[k][2] = 'm'
                ro[k + 1][0] = 'n'
            elif f == 't':
                ro[k][2] = 'n'
                ro[k + 1][0] = 'n'
    return ''.join(a + b + c for a, b, c in ro)


ROAD_RE = re.compile(r'^(?P<stem>[가-힣]+?)(?P<n1>\d*)(?P<suf>대로|로|길)(?:(?P<n2>\d+)번?길)?$')
SUF_EN = {'대로': 'daero', '로': 'ro', '길': 'gil'}


def road_en(road):
    m = ROAD_RE.match(road)
    stem = rr_word(m.group('stem'))
    s = stem[0].upper() + stem[1:]
    if m.group('n1'):
        s += ' ' + m.group('n1')
    s += '-' + SUF_EN[m.group('suf')]
    if m.group('n2'):
        s += ' ' + m.group('n2') + '-gil'
    return s


def place_en(name, suffixes):
    """'역삼동' -> 'Yeoksam-dong', '한강로2가' -> 'Hangangno 2-ga', '강남구' -> 'Gangnam-gu'."""
    m = re.match(r'^([가-힣]+?)(\d*)(' + '|'.join(suffixes) + r')$', name)
    stem = rr_word(m.group(1))
    s = stem[0].upper() + stem[1:]
    suf = {'동': 'dong', '가': 'ga', '구': 'gu', '시': 'si', '군': 'gun', '읍': 'eup', '면': 'myeon'}[m.group(3)]
    if m.group(2):
        return s + ' ' + m.group(2) + '-' + suf
    return s + '-' + suf


def sigungu_en(sgg):
    toks = sgg.split()
    ens = [place_en(t, ['구', '시', '군']) for t in toks]
    return list(reversed(ens))  # e.g. ['Bundang-gu', 'Seongnam-si']


# ---- romanisation of personal names / company stems (syllable by syllable)
def rr_syl(s):
    c, j, t = dec(s)
    return RR_I[c] + RR_V[j] + FIN[t]


def pop_syl(s):
    """Popular ('passport') spelling of one syllable: Sung, Young, Soo, Hee, Kyung ..."""
    c, j, t = dec(s)
    ini, vow, fin = RR_I[c], RR_V[j], FIN[t]
    if ini == 'g':
        ini = 'k'
    if ini == 's' and vow in ('i', 'wi'):
        ini = 'sh'
    if vow == 'eo' and fin:
        vow = 'u'
    elif vow == 'yeo' and fin:
        vow = 'you' if (ini == '' and fin == 'ng') else 'yu'
    elif vow == 'u':
        if ini == '':
            vow = 'woo' if fin in ('', 'k', 'ng') else 'u'
        elif fin in ('', 'n', 'k', 'ng'):
            vow = 'oo'
    elif vow == 'yu' and fin in ('', 'n'):
        vow = 'yoo'
    elif vow == 'ui':
        vow = 'ee' if ini == 'h' else 'eui'
    elif vow == 'oe':
        vow = 'oi'
    return ini + vow + fin


MR_I = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'ch', 'tch', "ch'", "k'", "t'", "p'", 'h']
MR_VOICED = {0: 'g', 3: 'd', 7: 'b', 12: 'j'}
MR_V = ['a', 'ae', 'ya', 'yae', 'ŏ', 'e', 'yŏ', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wŏ', 'we',
        'wi', 'yu', 'ŭ', 'ŭi', 'i']


def mr_syls(syls):
    out = []
    prev_fin = None
    for i, s in enumerate(syls):
        c, j, t = dec(s)
        ini = MR_I[c]
        if i > 0 and c in MR_VOICED and FIN[prev_fin] in ('', 'n', 'm', 'ng', 'l'):
            ini = MR_VOICED[c]
        if c == 9 and j in (20, 16):
            ini = 'sh'
        if c == 5 and i > 0 and FIN[prev_fin] == '':
            ini = 'r'
        out.append(ini + MR_V[j] + FIN[t])
        prev_fin = t
    return out


def strip_accents(s):
    """drop Latin diacritics (Vietnamese, McCune-Reischauer breves); Hangul and CJK are left alone"""
    s = s.replace('đ', 'd').replace('Đ', 'D')
    out = []
    for ch in s:
        if ord(ch) < 0x2000:
            out.append(''.join(c for c in unicodedata.normalize('NFD', ch) if not unicodedata.combining(c)))
        else:
            out.append(ch)
    return ''.join(out)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def join_syls(parts, style):
    if style == 'solid':
        return cap(''.join(parts))
    if style == 'hyphen':
        return cap(parts[0]) + ''.join('-' + p for p in parts[1:])
    if style == 'hyphen_cap':
        return '-'.join(cap(p) for p in parts)
    if style == 'space':
        return ' '.join(cap(p) for p in parts)
    raise ValueError(style)


def pop_ee(s):
    p = pop_syl(s)
    c, j, t = dec(s)
    if j == 20 and t:
        return p.replace('i', 'ee', 1)
    return p


def rom_variants(ko, systems=('pop', 'rr', 'mr', 'mr_plain', 'pop_ee'),
                 joins=('solid', 'hyphen', 'space', 'hyphen_cap')):
    """All plausible romanised spellings of a Hangul word, as (system, join, text)."""
    syls = list(ko)
    base = {'pop': [pop_syl(s) for s in syls], 'rr': [rr_syl(s) for s in syls],
            'pop_ee': [pop_ee(s) for s in syls]}
    mr = mr_syls(syls)
    base['mr'] = mr
    base['mr_plain'] = [strip_accents(x).replace("'", '') for x in mr]
    out = []
    for sy in systems:
        for jn in joins:
            if len(syls) == 1 and jn != 'solid':
                continue
            out.append((sy, jn, join_syls(base[sy], jn)))
    return out


# ----------------------------------------------------------------- keyboards, typos, mangling
QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']


def _qwerty_adj():
    pos = {}
    for r, row in enumerate(QWERTY_ROWS):
        for c, ch in enumerate(row):
            pos[ch] = (r, c)
    adj = {}
    for ch, (r, c) in pos.items():
        lst = []
        for ch2, (r2, c2) in pos.items():
            if ch2 != ch and abs(r - r2) <= 1 and abs(c - c2) <= 1:
                lst.append(ch2)
        adj[ch] = sorted(lst)
    return adj


QADJ = _qwerty_adj()

# 2-set (dubeolsik) keyboard: jamo <-> latin key
DUBEOL = {'ㅂ': 'q', 'ㅈ': 'w', 'ㄷ': 'e', 'ㄱ': 'r', 'ㅅ': 't', 'ㅛ': 'y', 'ㅕ': 'u', 'ㅑ': 'i', 'ㅐ': 'o',
          'ㅔ': 'p', 'ㅁ': 'a', 'ㄴ': 's', 'ㅇ': 'd', 'ㄹ': 'f', 'ㅎ': 'g', 'ㅗ': 'h', 'ㅓ': 'j', 'ㅏ': 'k',
          'ㅣ': 'l', 'ㅋ': 'z', 'ㅌ': 'x', 'ㅊ': 'c', 'ㅍ': 'v', 'ㅠ': 'b', 'ㅜ': 'n', 'ㅡ': 'm',
          'ㅃ': 'Q', 'ㅉ': 'W', 'ㄸ': 'E', 'ㄲ': 'R', 'ㅆ': 'T', 'ㅒ': 'O', 'ㅖ': 'P',
          'ㅘ': 'hk', 'ㅙ': 'ho', 'ㅚ': 'hl', 'ㅝ': 'nj', 'ㅞ': 'np', 'ㅟ': 'nl', 'ㅢ': 'ml',
          'ㄳ': 'rt', 'ㄵ': 'sw', 'ㄶ': 'sg', 'ㄺ': 'fr', 'ㄻ': 'fa', 'ㄼ': 'fq', 'ㄽ': 'ft', 'ㄾ': 'fx',
          'ㄿ': 'fv', 'ㅀ': 'fg', 'ㅄ': 'qt'}


def ime_wrong_mode(s):
    """Hangul typed with the IME left in English mode: 김민수 -> rlaalstn."""
    out = []
    for ch in s:
        if is_hangul(ch):
            c, j, t = dec(ch)
            out.append(DUBEOL[CHO[c]] + DUBEOL[JUNG[j]] + (DUBEOL[JONG[t]] if t else ''))
        else:
            out.append(ch)
    return ''.join(out)


VOWEL_CONFUSE = {1: [5], 5: [1], 3: [7], 7: [3], 4: [8], 8: [4], 6: [12], 12: [6], 10: [11, 15],
                 11: [10, 15], 15: [10, 11], 19: [20], 20: [19], 13: [18], 18: [13]}
INI_TENSE = {0: 1, 1: 0, 3: 4, 4: 3, 7: 8, 8: 7, 9: 10, 10: 9, 12: 13, 13: 12}
FIN_SWAP = {4: [21], 21: [4, 16], 16: [21, 17], 17: [16], 8: [4], 1: [21]}


def typo_hangul_char(ch):
    c, j, t = dec(ch)
    ops = []
    if j in VOWEL_CONFUSE:
        ops.append('vowel')
    if t:
        ops.append('drop_final')
    if t in FIN_SWAP:
        ops.append('swap_final')
    if c in INI_TENSE:
        ops.append('tense')
    op = pick(ops) if ops else 'add_final'
    if op == 'vowel':
        j = pick(VOWEL_CONFUSE[j])
    elif op == 'drop_final':
        t = 0
    elif op == 'swap_final':
        t = pick(FIN_SWAP[t])
    elif op == 'tense':
        c = INI_TENSE[c]
    else:
        t = pick([4, 21, 8])
    return com(c, j, t)


def typo_latin(s, positions):
    i = pick(positions)
    ch = s[i]
    low = ch.lower()
    op = pick(['sub', 'del', 'dup', 'swap'])
    if op == 'sub' and low in QADJ:
        rep = pick(QADJ[low])
        rep = rep.upper() if ch.isupper() else rep
        return s[:i] + rep + s[i + 1:]
    if op == 'del' and len(positions) > 3:
        return s[:i] + s[i + 1:]
    if op == 'swap' and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != ch:
        return s[:i] + s[i + 1] + ch + s[i + 2:]
    return s[:i] + ch + s[i:]


def typo(s):
    """One realistic typing error in a name/line (Hangul jamo slip or a QWERTY slip)."""
    if not s:
        return s
    hpos = [i for i, ch in enumerate(s) if is_hangul(ch)]
    lpos = [i for i, ch in enumerate(s) if ch.isascii() and ch.isalpha()]
    if hpos and (not lpos or chance(0.8)):
        # avoid the first syllable of a person name most of the time (surname)
        i = pick(hpos[1:] if len(hpos) > 2 and chance(0.8) else hpos)
        return s[:i] + typo_hangul_char(s[i]) + s[i + 1:]
    if lpos:
        inner = [i for i in lpos if i > 0] or lpos
        out = typo_latin(s, inner)
        if out != s:
            return out
    return s + s[-1]


FULLWIDTH = {ch: chr(ord(ch) + 0xFEE0) for ch in '0123456789()-'}


def fullwidth(s):
    return ''.join(FULLWIDTH.get(ch, ch) for ch in s)


def mojibake(s):
    """CP949 bytes read as Windows-1252 (old ERP) or UTF-8 read as Windows-1252."""
    if has_hangul(s):
        b = s.encode('cp949', errors='replace')
    else:
        b = s.encode('utf-8')
    out = b.decode('cp1252', errors='replace').replace('\ufffd', '?')
    return ''.join('?' if unicodedata.category(ch).startswith('C') else ch for ch in out)


def clean(s):
    if s is None:
        return None
    s = re.sub(r'\s+', ' ', s).strip()
    return s or None


# ----------------------------------------------------------------- geography: Korea
SIDO = {
    'seoul': ('서울특별시', '서울', '서울시', 'Seoul'),
    'busan': ('부산광역시', '부산', '부산시', 'Busan'),
    'incheon': ('인천광역시', '인천', '인천시', 'Incheon'),
    'gyeonggi': ('경기도', '경기', '경기도', 'Gyeonggi-do'),
    'ulsan': ('울산광역시', '울산', '울산시', 'Ulsan'),
    'daegu': ('대구광역시', '대구', '대구시', 'Daegu'),
    'daejeon': ('대전광역시', '대전', '대전시', 'Daejeon'),
    'gwangju': ('광주광역시', '광주', '광주시', 'Gwangju'),
    'gyeongnam': ('경상남도', '경남', '경남', 'Gyeongsangnam-do'),
    'gyeongbuk': ('경상북도', '경북', '경북', 'Gyeongsangbuk-do'),
    'chungnam': ('충청남도', '충남', '충남', 'Chungcheongnam-do'),
}

# sido, sigungu, area code, 5-digit postcode prefixes, old 3-digit prefix, dongs, roads,
# weight for organisations, weight for persons, industrial?
DISTRICTS = [
    ('seoul', '강남구', '2', ['061', '062', '063'], '135', ['역삼동', '삼성동', '논현동', '대치동'],
     ['테헤란로', '논현로', '언주로', '도산대로', '봉은사로', '선릉로', '논현로28길', '테헤란로5길'], 7, 3, 0),
    ('seoul', '서초구', '2', ['065', '066', '067'], '137', ['서초동', '방배동', '양재동'],
     ['서초대로', '반포대로', '강남대로', '효령로', '서초대로38길'], 4, 4, 0),
    ('seoul', '구로구', '2', ['082', '083'], '152', ['구로동', '신도림동'],
     ['디지털로', '구로중앙로', '경인로', '새말로', '디지털로33길'], 7, 3, 1),
    ('seoul', '금천구', '2', ['085', '086'], '153', ['가산동', '독산동'],
     ['가산디지털1로', '가산디지털2로', '벚꽃로', '디지털로9길'], 9, 2, 1),
    ('seoul', '용산구', '2', ['043', '044'], '140', ['한강로2가', '원효로3가', '청파동'],
     ['청파로', '원효로', '한강대로', '청파로40길'], 6, 2, 0),
    ('seoul', '종로구', '2', ['031', '032'], '110', ['장사동', '관수동'],
     ['청계천로', '창경궁로', '종로'], 4, 1, 0),
    ('seoul', '중구', '2', ['045', '046'], '100', ['을지로3가', '충무로4가'],
     ['을지로', '퇴계로', '마른내로'], 3, 1, 0),
    ('seoul', '영등포구', '2', ['072', '073'], '150', ['문래동', '양평동', '여의도동'],
     ['경인로', '선유로', '도림로', '국제금융로'], 5, 3, 1),
    ('seoul', '성동구', '2', ['047', '048'], '133', ['성수동2가', '성수동1가'],
     ['성수이로', '아차산로', '왕십리로'], 4, 3, 1),
    ('seoul', '강서구', '2', ['077', '078'], '157', ['마곡동', '등촌동', '화곡동'],
     ['공항대로', '마곡중앙로', '강서로'], 3, 4, 0),
    ('seoul', '송파구', '2', ['055', '056', '058'], '138', ['문정동', '가락동'],
     ['법원로', '송파대로', '중대로'], 3, 5, 0),
    ('seoul', '마포구', '2', ['039', '040'], '121', ['상암동', '서교동'], ['양화로', '성암로'], 2, 4, 0),
    ('seoul', '노원구', '2', ['016', '017', '018'], '139', ['상계동', '중계동'], ['동일로', '노해로'], 1, 5, 0),
    ('gyeonggi', '성남시 분당구', '31', ['133', '134', '135'], '463', ['삼평동', '정자동', '야탑동'],
     ['판교역로', '대왕판교로', '성남대로', '분당로'], 6, 5, 0),
    ('gyeonggi', '수원시 영통구', '31', ['162', '163', '165'], '443', ['영통동', '매탄동'],
     ['영통로', '매영로', '광교로'], 4, 5, 0),
    ('gyeonggi', '안산시 단원구', '31', ['153', '154', '155'], '425', ['성곡동', '원시동', '목내동'],
     ['산단로', '원시로', '해봉로'], 6, 2, 1),
    ('gyeonggi', '시흥시', '31', ['149', '150'], '429', ['정왕동'], ['공단1대로', '마유로', '옥구천동로'], 5, 2, 1),
    ('gyeonggi', '화성시', '31', ['182', '183', '184'], '445', ['석우동', '반송동'],
     ['동탄기흥로', '동탄대로', '향남로'], 5, 3, 1),
    ('gyeonggi', '평택시', '31', ['177', '178', '179'], '450', ['세교동', '칠괴동'], ['경기대로', '산단로', '포승공단로'], 4, 2, 1),
    ('gyeonggi', '용인시 기흥구', '31', ['168', '169', '170'], '446', ['구갈동', '영덕동'],
     ['흥덕중앙로', '중부대로', '기흥로'], 3, 4, 0),
    ('gyeonggi', '부천시', '32', ['144', '145', '146'], '420', ['오정동', '도당동'], ['오정로', '삼작로', '부천로'], 4, 3, 1),
    ('gyeonggi', '김포시', '31', ['100', '101'], '415', ['걸포동', '감정동'], ['양촌로', '대곶로', '김포대로'], 3, 3, 1),
    ('gyeonggi', '고양시 일산동구', '31', ['103', '104'], '410', ['장항동', '백석동'], ['중앙로', '장백로'], 2, 5, 0),
    ('gyeonggi', '안양시 동안구', '31', ['140', '141'], '431', ['관양동', '평촌동'], ['시민대로', '부림로', '평촌대로'], 3, 4, 0),
    ('gyeonggi', '군포시', '31', ['158', '159'], '435', ['당정동', '부곡동'], ['군포로', '공단로'], 2, 2, 1),
    ('incheon', '남동구', '32', ['215', '216', '217'], '405', ['고잔동', '남촌동'], ['남동대로', '능허대로', '남동서로'], 5, 3, 1),
    ('incheon', '서구', '32', ['227', '228', '229'], '404', ['가좌동', '석남동'], ['가좌로', '봉수대로'], 3, 3, 1),
    ('incheon', '연수구', '32', ['219', '220'], '406', ['송도동'], ['송도과학로', '컨벤시아대로'], 2, 3, 0),
    ('busan', '사상구', '51', ['469', '470'], '617', ['학장동', '감전동', '괘법동'], ['학장로', '새벽로', '사상로'], 7, 3, 1),
    ('busan', '강서구', '51', ['467', '468'], '618', ['송정동', '지사동', '화전동'],
     ['녹산산업중로', '녹산산업대로', '과학산단로'], 5, 1, 1),
    ('busan', '해운대구', '51', ['480', '481'], '612', ['우동', '재송동', '반여동'], ['센텀중앙로', '센텀동로', '해운대로'], 4, 5, 0),
    ('busan', '부산진구', '51', ['472', '473'], '614', ['부전동', '범천동', '전포동'], ['중앙대로', '가야대로', '서면로'], 4, 4, 0),
    ('busan', '사하구', '51', ['493', '494'], '604', ['장림동', '신평동', '다대동'], ['다대로', '장평로', '하신중앙로'], 4, 4, 1),
    ('busan', '동래구', '51', ['478', '479'], '607', ['온천동', '명륜동'], ['충렬대로', '온천장로', '명륜로'], 2, 4, 0),
    ('busan', '금정구', '51', ['462', '463'], '609', ['회동동', '금사동', '서동'], ['반송로', '금사로', '회동로'], 2, 3, 1),
    ('busan', '연제구', '51', ['475', '476'], '611', ['연산동', '거제동'], ['중앙대로', '거제대로'], 2, 3, 0),
    ('ulsan', '남구', '52', ['446', '447'], '680', ['삼산동', '여천동'], ['삼산로', '산업로', '돋질로'], 3, 2, 1),
    ('daegu', '달서구', '53', ['426', '427'], '704', ['호림동', '갈산동'], ['성서공단로', '달서대로'], 3, 2, 1),
    ('gyeongnam', '창원시 성산구', '55', ['514', '515'], '641', ['성주동', '웅남동'], ['창원대로', '공단로', '완암로'], 4, 2, 1),
    ('gyeongnam', '김해시', '55', ['508', '509'], '621', ['안동', '내동'], ['김해대로', '주촌로'], 3, 2, 1),
    ('gyeongnam', '양산시', '55', ['506', '507'], '626', ['산막동', '어곡동'], ['산막공단남로', '어곡공단로'], 2, 2, 1),
    ('chungnam', '천안시 서북구', '41', ['310', '311'], '331', ['백석동', '성정동'], ['번영로', '성거길'], 3, 2, 1),
    ('daejeon', '유성구', '42', ['340', '341', '342'], '305', ['관평동', '탑립동'], ['테크노2로', '대덕대로'], 3, 3, 1),
    ('gyeongbuk', '구미시', '54', ['392', '393', '394'], '730', ['공단동', '임수동'], ['구미대로', '수출대로'], 3, 1, 1),
    ('gwangju', '광산구', '62', ['620', '621', '622'], '506', ['하남동', '월곡동'], ['하남산단로', '하남대로'], 2, 2, 1),
]

OLD_DONG_CODE = {}
for _d in DISTRICTS:
    for _dong in _d[5]:
        OLD_DONG_CODE[(_d[1], _dong)] = '%03d' % R.randrange(10, 999)

BLDG_WORDS = [('빌딩', 'Bldg.'), ('타워', 'Tower'), ('테크노타워', 'Techno Tower'), ('벤처타워', 'Venture Tower'),
              ('비즈센터', 'Biz Center'), ('IT밸리', 'IT Valley'), ('하이테크센터', 'Hi-tech Center'),
              ('프라자', 'Plaza'), ('전자상가', 'Electronics Mall'), ('지식산업센터', 'Knowledge Industry Center')]
APT_WORDS = [('마을', 'Maeul'), ('아파트', 'Apt.'), ('파크', 'Park'), ('힐스', 'Hills'), ('타운', 'Town'),
             ('스카이', 'Sky'), ('그린빌', 'Greenville')]

# ----------------------------------------------------------------- registries (membership only)
USED_PHONE = set()
USED_EMAIL = set()
USED_DOMAIN = set()
USED_ADDR_KEY = set()
USED_EID = set()


def new_eid():
    while True:
        e = 'c%07x' % R.getrandbits(28)
        if e not in USED_EID:
            USED_EID.add(e)
            return e


# ----------------------------------------------------------------- people: names
SURNAMES = [
    ('김', 21.5, ['Kim', 'Gim', 'Ghim']), ('이', 14.7, ['Lee', 'Yi', 'Rhee', 'I', 'Rhie']),
    ('박', 8.4, ['Park', 'Pak', 'Bak', 'Bahk']), ('최', 4.7, ['Choi', 'Choe', 'Chey']),
    ('정', 4.4, ['Jung', 'Jeong', 'Chung', 'Joung', 'Cheong']), ('강', 2.4, ['Kang', 'Gang']),
    ('조', 2.1, ['Cho', 'Jo', 'Joe']), ('윤', 2.0, ['Yoon', 'Yun', 'Youn']), ('장', 2.0, ['Jang', 'Chang']),
    ('임', 1.7, ['Lim', 'Im', 'Yim', 'Rim']), ('한', 1.5, ['Han']), ('오', 1.5, ['Oh', 'O']),
    ('서', 1.5, ['Seo', 'Suh']), ('신', 1.5, ['Shin', 'Sin']), ('권', 1.4, ['Kwon', 'Gwon']),
    ('황', 1.4, ['Hwang']), ('안', 1.4, ['Ahn', 'An']), ('송', 1.4, ['Song']),
    ('전', 1.3, ['Jeon', 'Jun', 'Chun', 'Chon']), ('홍', 1.1, ['Hong']), ('유', 1.1, ['Yoo', 'Yu', 'You']),
    ('고', 0.9, ['Ko', 'Go', 'Koh']), ('문', 0.9, ['Moon', 'Mun']), ('양', 0.9, ['Yang']),
    ('손', 0.9, ['Son', 'Sohn']), ('배', 0.8, ['Bae', 'Pae']), ('백', 0.8, ['Baek', 'Paik', 'Baik', 'Paek']),
    ('허', 0.6, ['Heo', 'Huh', 'Hur']), ('남', 0.5, ['Nam']), ('심', 0.5, ['Shim', 'Sim']),
    ('노', 0.4, ['Noh', 'Roh', 'No']), ('하', 0.5, ['Ha']), ('곽', 0.4, ['Kwak', 'Gwak']),
    ('성', 0.4, ['Sung', 'Seong']), ('차', 0.4, ['Cha']), ('주', 0.4, ['Joo', 'Ju', 'Chu']),
    ('우', 0.4, ['Woo', 'U']), ('구', 0.4, ['Koo', 'Ku', 'Gu']), ('민', 0.3, ['Min']),
    ('류', 0.3, ['Ryu', 'Yoo', 'Ryoo']), ('나', 0.3, ['Na', 'Ra']), ('진', 0.3, ['Jin', 'Chin']),
    ('지', 0.3, ['Ji', 'Chi']), ('엄', 0.3, ['Eom', 'Um', 'Uhm']), ('채', 0.2, ['Chae']),
    ('원', 0.2, ['Won']), ('천', 0.2, ['Cheon', 'Chun']), ('방', 0.2, ['Bang']), ('공', 0.2, ['Kong', 'Gong']),
    ('현', 0.2, ['Hyun', 'Hyeon']), ('함', 0.15, ['Ham']), ('변', 0.2, ['Byun', 'Byeon']),
    ('염', 0.15, ['Yeom', 'Yum']), ('여', 0.1, ['Yeo', 'Yuh']), ('추', 0.1, ['Choo', 'Chu']),
    ('도', 0.1, ['Do', 'Doh']), ('석', 0.1, ['Seok', 'Suk']), ('설', 0.1, ['Seol', 'Sul']),
    ('길', 0.05, ['Gil', 'Kil']), ('위', 0.05, ['Wi', 'Wee']), ('표', 0.05, ['Pyo']),
    ('명', 0.05, ['Myung', 'Myeong']), ('반', 0.05, ['Ban', 'Pan']), ('금', 0.05, ['Keum', 'Geum']),
    ('옥', 0.05, ['Ok']), ('육', 0.05, ['Yook', 'Yuk']), ('맹', 0.03, ['Maeng']), ('탁', 0.03, ['Tak']),
    ('남궁', 0.04, ['Namgung', 'Namkung']), ('황보', 0.03, ['Hwangbo']), ('선우', 0.02, ['Sunwoo', 'Seonwoo']),
]
SURNAME_ROM = {s: r for s, _, r in SURNAMES}

MALE = ('민수 지훈 현우 영수 영호 영철 정호 성호 성민 성진 상훈 상우 동현 동욱 재훈 재원 재현 준호 준영 지호 '
        '현수 민호 민준 민재 승현 승민 승우 도윤 서준 하준 시우 주원 건우 우진 태호 태현 경수 경호 광수 광호 '
        '병철 병수 종훈 종민 용준 용호 진우 진호 창민 창호 석진 석호 정민 정훈 형준 형석 기훈 기석 대현 대호 '
        '명수 명호 상철 상민 윤호 윤재 인수 인호 철수 태민 현준 호진 희준 준혁 동훈 세훈 은호 원석 규현 범수 '
        '익수 봉수 만수 춘식 길수 성훈 재민 도현 유준 우현 상현 진혁 한결').split()
FEMALE = ('지영 영희 미경 미영 미숙 정희 정숙 경희 순자 영숙 혜진 혜원 지은 지현 수진 수연 수정 은정 은영 은지 '
          '민지 민정 서연 서영 서윤 지민 지우 하은 하윤 예은 예린 유진 윤희 소영 소연 선영 선희 현정 현주 나연 '
          '다은 채원 가은 보람 슬기 아름 은비 진희 미란 명숙 옥순 경숙 은숙 혜숙 연희 인영 주희 희정 정아 세영 '
          '지혜 유나 시은 수빈 민서 서현 나은 미정 은주').split()
SINGLE = ['훈', '혁', '준', '진', '철', '윤', '솔', '현']
ENG_M = ['Michael', 'David', 'John', 'James', 'Daniel', 'Kevin', 'Brian', 'Steve', 'Paul', 'Chris', 'Jason',
         'Eric', 'Andrew', 'Peter', 'Sam', 'Tony', 'Alex', 'Justin', 'Ryan', 'Sean']
ENG_F = ['Jenny', 'Grace', 'Julie', 'Sarah', 'Jane', 'Amy', 'Christine', 'Helen', 'Stella', 'Sophia', 'Sunny',
         'Irene', 'Anna', 'Joy', 'Esther', 'Rachel']

CN_FAM = [('王', 'Wang', '왕'), ('李', 'Li', '리'), ('张', 'Zhang', '장'), ('刘', 'Liu', '류'), ('陈', 'Chen', '천'),
          ('杨', 'Yang', '양'), ('赵', 'Zhao', '자오'), ('黄', 'Huang', '황'), ('周', 'Zhou', '저우'),
          ('吴', 'Wu', '우'), ('孙', 'Sun', '쑨'), ('林', 'Lin', '린')]
CN_GIV = [('伟', 'Wei', '웨이'), ('芳', 'Fang', '팡'), ('磊', 'Lei', '레이'), ('静', 'Jing', '징'),
          ('浩', 'Hao', '하오'), ('敏', 'Min', '민'), ('艳', 'Yan', '옌'), ('军', 'Jun', '쥔'),
          ('晓明', 'Xiaoming', '샤오밍'), ('丽华', 'Lihua', '리화'), ('建国', 'Jianguo', '젠궈'),
          ('海燕', 'Haiyan', '하이옌'), ('志强', 'Zhiqiang', '즈창'), ('秀英', 'Xiuying', '슈잉')]
VN_FAM = [('Nguyễn', '응우옌', '응웬'), ('Trần', '쩐', '트란'), ('Lê', '레', '레'), ('Phạm', '팜', '팜'),
          ('Hoàng', '호앙', '황'), ('Huỳnh', '후인', '휜'), ('Phan', '판', '판'), ('Võ', '보', '보'),
          ('Đặng', '당', '당'), ('Bùi', '부이', '부이'), ('Đỗ', '도', '도'), ('Ngô', '응오', '고')]
VN_MID_M = [('Văn', '반'), ('Minh', '민'), ('Quốc', '꾸옥'), ('Đức', '득'), ('Hữu', '후우'), ('Thanh', '타인')]
VN_MID_F = [('Thị', '티'), ('Ngọc', '응옥'), ('Thu', '투'), ('Thanh', '타인'), ('Minh', '민')]
VN_GIV_M = [('Hùng', '훙'), ('Tuấn', '뚜언'), ('Nam', '남'), ('Bảo', '바오'), ('Long', '롱'), ('Dũng', '중'),
            ('Hải', '하이'), ('Phúc', '푹'), ('Khoa', '코아'), ('Sơn', '선')]
VN_GIV_F = [('Lan', '란'), ('Hoa', '호아'), ('Mai', '마이'), ('Hạnh', '하인'), ('Linh', '린'), ('Trang', '짱'),
            ('Phương', '프엉'), ('Anh', '아인'), ('Hà', '하'), ('Thảo', '타오')]
US_FIRST_M = [('Michael', ['Mike'], '마이클'), ('Robert', ['Bob', 'Rob'], '로버트'), ('William', ['Bill', 'Will'], '윌리엄'),
              ('James', ['Jim', 'Jimmy'], '제임스'), ('John', ['Jack'], '존'), ('David', ['Dave'], '데이비드'),
              ('Richard', ['Rick', 'Rich'], '리처드'), ('Thomas', ['Tom'], '토머스'), ('Christopher', ['Chris'], '크리스토퍼'),
              ('Daniel', ['Dan', 'Danny'], '대니얼'), ('Matthew', ['Matt'], '매슈'), ('Steven', ['Steve'], '스티븐'),
              ('Joseph', ['Joe'], '조지프'), ('Andrew', ['Andy', 'Drew'], '앤드루')]
US_FIRST_F = [('Jennifer', ['Jen', 'Jenny'], '제니퍼'), ('Elizabeth', ['Liz', 'Beth'], '엘리자베스'),
              ('Katherine', ['Kate', 'Katie'], '캐서린'), ('Margaret', ['Maggie', 'Peggy'], '마거릿'),
              ('Susan', ['Sue'], '수전'), ('Patricia', ['Pat', 'Trish'], '퍼트리샤'), ('Rebecca', ['Becky'], '리베카'),
              ('Jessica', ['Jess'], '제시카'), ('Amanda', ['Mandy'], '어맨다'), ('Christine', ['Chris', 'Tina'], '크리스틴')]
US_LAST = [('Johnson', '존슨'), ('Miller', '밀러'), ('Davis', '데이비스'), ('Wilson', '윌슨'), ('Anderson', '앤더슨'),
           ('Taylor', '테일러'), ('Moore', '무어'), ('Martin', '마틴'), ('Jackson', '잭슨'), ('Thompson', '톰슨'),
           ('White', '화이트'), ('Harris', '해리스'), ('Clark', '클라크'), ('Lewis', '루이스'), ('Walker', '워커'),
           ('Hall', '홀'), ('Young', '영'), ('Allen', '앨런'), ('Wright', '라이트'), ('Carter', '카터'),
           ('Mitchell', '미첼'), ('Parker', '파커'), ('Brooks', '브룩스'), ('Sullivan', '설리번')]
JP_FAM = ['Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi',
          'Kato', 'Yoshida', 'Yamada', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi']
JP_GIV = ['Hiroshi', 'Takeshi', 'Kenji', 'Yuki', 'Akiko', 'Naoko', 'Makoto', 'Satoshi', 'Yumi', 'Kazuo',
          'Daisuke', 'Haruka', 'Shota', 'Emi', 'Tomoko', 'Ryo']

TITLES_PERSON = ['사장님', '사장', '대표님', '기사님', '님', '씨', '고객님', '선생님', '실장님', '소장님']
TITLES_STAFF = ['과장', '대리', '부장', '팀장', '실장', '주임', '차장', '이사', '사원', '매니저']

EMAIL_WORDS = ['bluesky', 'happy', 'sunny', 'angel', 'star', 'dream', 'haneul', 'sarang', 'tiger', 'lucky',
               'smile', 'moon', 'jjang', 'mania', 'daddy', 'mom', 'pro', 'power', 'volt', 'circuit', 'diy',
               'maker', 'radio', 'audio', 'elec', 'hobby', 'free', 'cool', 'king']
FREE_MAIL = [('naver.com', 45), ('gmail.com', 24), ('hanmail.net', 12), ('daum.net', 7), ('nate.com', 7),
             ('kakao.com', 2), ('hotmail.com', 2)]
FREE_DOMAINS = ['naver.com', 'gmail.com', 'hanmail.net', 'daum.net', 'nate.com', 'kakao.com', 'hotmail.com',
                'yahoo.co.jp', 'gmail.co', 'yahoo.com', 'outlook.com']


def weighted_name(lst):
    return wpick([(n, 1.0 / (i + 4)) for i, n in enumerate(lst)])


def ascii_lower(s):
    return re.sub(r'[^a-z0-9]', '', strip_accents(s).lower())


# ----------------------------------------------------------------- phones
def phone_kr(area):
    while True:
        if area == '10':
            g = ['10', '%04d' % R.randrange(2000, 10000), '%04d' % R.randrange(10000)]
        elif area == '70':
            g = ['70', '%04d' % R.randrange(4000, 8900), '%04d' % R.randrange(10000)]
        elif area == '2':
            first = '%04d' % R.randrange(2000, 9000) if chance(0.75) else '%03d' % R.randrange(300, 999)
            g = ['2', first, '%04d' % R.randrange(10000)]
        elif area == 'rep':
            g = [pick(['1588', '1577', '1644', '1566', '1661', '1599']), '%04d' % R.randrange(10000)]
        else:
            four = chance(0.4) if area in ('31', '32') else chance(0.08)
            first = '%04d' % R.randrange(2000, 9000) if four else '%03d' % R.randrange(200, 990)
            g = [area, first, '%04d' % R.randrange(10000)]
        ph = {'cc': '82', 'g': g, 'trunk': '' if area == 'rep' else '0'}
        k = ''.join(g)
        if k not in USED_PHONE:
            USED_PHONE.add(k)
            return ph


def phone_near(ph, spread=True):
    """Another line of the same exchange (a department, the fax beside the main number)."""
    for _ in range(200):
        last = int(ph['g'][-1])
        nl = (last + (R.randrange(1, 60) if spread else 1)) % 10000
        g = ph['g'][:-1] + ['%04d' % nl]
        k = ''.join(g)
        if k not in USED_PHONE:
            USED_PHONE.add(k)
            return {'cc': ph['cc'], 'g': g, 'trunk': ph['trunk']}
    return phone_kr(ph['g'][0])


def phone_foreign(cc, area):
    while True:
        if cc == '81':
            if len(area) == 1:
                g = [area, '%04d' % R.randrange(1000, 9999), '%04d' % R.randrange(10000)]
            else:
                g = [area, '%03d' % R.randrange(200, 999), '%04d' % R.randrange(10000)]
            trunk = '0'
        elif cc == '84':
            if area in ('28', '24'):
                g = [area, '%04d' % R.randrange(3000, 3999), '%04d' % R.randrange(10000)]
            elif area == 'mob':
                g = [pick(['90', '91', '98', '97', '93']), '%03d' % R.randrange(1000), '%04d' % R.randrange(10000)]
            else:
                g = [area, '%03d' % R.randrange(100, 999), '%04d' % R.randrange(10000)]
            trunk = '0'
        else:
            g = [area, '555', '01%02d' % R.randrange(100)]
            trunk = ''
        k = ''.join(g)
        if k not in USED_PHONE:
            USED_PHONE.add(k)
            return {'cc': cc, 'g': g, 'trunk': trunk}


PHONE_FMTS_KR = ['dash', 'dash', 'dash', 'dash', 'paren', 'paren2', 'plain', 'space', 'dot', 'intl', 'intl_sp',
                 'intl_0', 'intl_0d', 'intl_plain', 'cc_dash']


def fmt_phone(ph, fmt):
    g = ph['g']
    cc, tr = ph['cc'], ph['trunk']
    if cc == '82' and not tr:          # 1588-xxxx representative numbers
        return {'plain': ''.join(g), 'space': ' '.join(g), 'dot': '.'.join(g)}.get(fmt, '-'.join(g))
    if cc == '1':
        return {'paren': '(%s) %s-%s' % tuple(g), 'dot': '.'.join(g), 'intl': '+1-' + '-'.join(g),
                'intl_sp': '+1 ' + ' '.join(g), 'intl_0': '+1 (%s) %s-%s' % tuple(g), 'cc_dash': '1-' + '-'.join(g),
                'plain': ''.join(g), 'space': ' '.join(g)}.get(fmt, '-'.join(g))
    a = tr + g[0]
    rest = g[1:]
    if fmt == 'dash':
        return '-'.join([a] + rest)
    if fmt == 'paren':
        return '(%s) %s' % (a, '-'.join(rest))
    if fmt == 'paren2':
        return '%s)%s' % (a, '-'.join(rest))
    if fmt == 'plain':
        return a + ''.join(rest)
    if fmt == 'space':
        return ' '.join([a] + rest)
    if fmt == 'dot':
        return '.'.join([a] + rest)
    if fmt == 'intl':
        return '+%s-%s' % (cc, '-'.join(g))
    if fmt == 'intl_sp':
        return '+%s %s' % (cc, ' '.join(g))
    if fmt == 'intl_0':
        return '+%s (0)%s %s' % (cc, g[0], '-'.join(rest))
    if fmt == 'intl_0d':
        return '+%s-(0)%s-%s' % (cc, g[0], '-'.join(rest))
    if fmt == 'intl_plain':
        return '+%s%s' % (cc, ''.join(g))
    if fmt == 'cc_dash':
        return '%s-%s' % (cc, '-'.join(g))
    raise ValueError(fmt)


PHONE_RE = re.compile(r'\+?\d[\d\s().\-]{5,}\d')
FW_TABLE = {chr(0xFF10 + i): str(i) for i in range(10)}
FW_TABLE.update({'（': '(', '）': ')', '－': '-', '＋': '+'})


def phone_keys(s):
    """National significant numbers found in a phone field (fax numbers and extensions ignored)."""
    if not s:
        return []
    s = ''.join(FW_TABLE.get(ch, ch) for ch in s)
    keys = []
    for m in PHONE_RE.finditer(s):
        pre = s[max(0, m.start() - 8):m.start()]
        if re.search(r'(?i)(?:fax|팩스|(?<![a-z])f)\s*[.:)]?\s*$', pre):
            continue
        t = m.group(0).replace('(0)', '')
        d = re.sub(r'\D', '', t)
        if len(d) < 8:
            continue
        if t.startswith('+'):
            for cc in ('82', '81', '84', '1'):
                if d.startswith(cc):
                    d = d[len(cc):]
                    break
            if d.startswith('0'):
                d = d[1:]
        elif t.startswith('82') and len(d) >= 11:
            d = d[2:]
            if d.startswith('0'):
                d = d[1:]
        elif d.startswith('0'):
            d = d[1:]
        elif len(d) == 11 and d.startswith('1'):
            d = d[1:]
        keys.append(d)
    return keys


def phone_key(ph):
    return ''.join(ph['g'])


# ----------------------------------------------------------------- addresses
BLDG_STEMS = ['미래', '한빛', '대성', '성원', '정우', '태양', '센트럴', '골든', '스타', '그린', '유니온', '글로벌',
              '동원', '신우', '우림', '남강', '청솔', '보람', '한신', '아주', '중앙', '제일', '하이', '다온', '현성', '세종']
BLDG_STEM_EN = {}


def stem_en_of(ko):
    if ko in BLDG_STEM_EN:
        return BLDG_STEM_EN[ko]
    if not has_hangul(ko):
        return ko
    v = join_syls([pop_syl(s) for s in ko], 'solid')
    BLDG_STEM_EN[ko] = v
    return v


BLDG_STEM_EN.update({'센트럴': 'Central', '골든': 'Golden', '스타': 'Star', '그린': 'Green', '유니온': 'Union',
                     '글로벌': 'Global', '하이': 'Hi'})


def norm_alnum(s):
    return re.sub(r'[^a-z0-9]', '', strip_accents(s).lower())


def loc_struct_keys(loc):
    if loc['cc'] != 'KR':
        return [('post', re.sub(r'\D', '', loc['post']), loc['no'])]
    rk = norm_alnum(road_en(loc['road']))
    dk = norm_alnum(place_en(loc['dong'], ['동', '가']))
    p5 = loc['post5']
    p6 = re.sub(r'\D', '', loc['post6'])
    return [('road', rk, loc['no']), ('lot', dk, loc['lot']), ('post', p5, loc['no']), ('post', p5, loc['lot']),
            ('post', p6, loc['lot']), ('post', p6, loc['no'])]


def register_loc(loc):
    ks = loc_struct_keys(loc)
    for k in ks:
        if k in USED_ADDR_KEY:
            return False
    for k in ks:
        USED_ADDR_KEY.add(k)
    return True


def pick_district(who='org', industrial=None, sido=None):
    cands = []
    for i, d in enumerate(DISTRICTS):
        if sido and d[0] not in sido:
            continue
        if industrial is True and not d[9]:
            continue
        w = d[7] if who == 'org' else d[8]
        if w:
            cands.append((i, w))
    return wpick(cands)


def new_loc_kr(form, district=None, who='org', industrial=None, sido=None, road=None, bldg=None):
    """form: office | shop | factory | apt | villa | house | public | campus"""
    di = district if district is not None else pick_district(who, industrial, sido)
    d = DISTRICTS[di]
    for _ in range(500):
        rd = road or pick(d[6])
        if rd.endswith('길') and re.search(r'\d', rd):
            no = str(R.randint(1, 60))
        else:
            no = str(R.randint(1, 380))
        if chance(0.12):
            no += '-%d' % R.randint(1, 25)
        dong = pick(d[5])
        lot = str(R.randint(1, 999)) + ('-%d' % R.randint(1, 60) if chance(0.8) else '')
        loc = {'cc': 'KR', 'd': di, 'road': rd, 'no': no, 'dong': dong, 'lot': lot,
               'post5': pick(d[3]) + '%02d' % R.randrange(100),
               'post6': d[4] + '-' + OLD_DONG_CODE[(d[1], dong)],
               'bldg': None, 'bldg_en': None, 'unit': None, 'unit_en': None, 'form': form}
        if register_loc(loc):
            break
    st = pick(BLDG_STEMS)
    fl = R.randint(1, 15)
    if form == 'office':
        if bldg:
            loc['bldg'], loc['bldg_en'] = bldg
        elif chance(0.65):
            w = pick(BLDG_WORDS[:8])
            loc['bldg'], loc['bldg_en'] = st + w[0], stem_en_of(st) + ' ' + w[1]
        if chance(0.5):
            rm = '%d%02d' % (fl, R.randint(1, 20))
            loc['unit'], loc['unit_en'] = '%d층 %s호' % (fl, rm), pick(['Rm. %s', '#%s', 'Suite %s', 'Room %s']) % rm
        else:
            loc['unit'], loc['unit_en'] = '%d층' % fl, '%dF' % fl
    elif form == 'shop':
        w = pick([('전자상가', 'Electronics Mall'), ('상가', 'Shopping Arcade'), ('전자랜드', 'Electro Land'),
                  ('유통상가', 'Distribution Center')])
        loc['bldg'], loc['bldg_en'] = st + w[0], stem_en_of(st) + ' ' + w[1]
        fl = R.randint(1, 4)
        rm = '%d%02d' % (fl, R.randint(1, 40))
        if chance(0.4):
            blk = R.randint(1, 12)
            loc['unit'], loc['unit_en'] = '%d동 %d층 %s호' % (blk, fl, rm), 'Block %d, #%s' % (blk, rm)
        else:
            loc['unit'], loc['unit_en'] = '%d층 %s호' % (fl, rm), '#%s' % rm
    elif form == 'factory':
        if chance(0.35):
            b = pick(['A동', 'B동', '2동', '제1동'])
            loc['unit'], loc['unit_en'] = b, {'A동': 'Bldg A', 'B동': 'Bldg B', '2동': 'Bldg 2', '제1동': 'Bldg 1'}[b]
    elif form == 'apt':
        w = pick(APT_WORDS)
        loc['bldg'], loc['bldg_en'] = st + w[0], stem_en_of(st) + ' ' + w[1]
        blk = R.randint(101, 118)
        ho = '%d%02d' % (R.randint(1, 25), R.randint(1, 4))
        loc['unit'], loc['unit_en'] = '%d동 %s호' % (blk, ho), '%d-%s' % (blk, ho)
    elif form == 'villa':
        loc['bldg'], loc['bldg_en'] = st + '빌라', stem_en_of(st) + ' Villa'
        ho = '%d0%d' % (R.randint(1, 4), R.randint(1, 4))
        loc['unit'], loc['unit_en'] = '%s호' % ho, '#%s' % ho
    elif form == 'public':
        fl = R.randint(1, 9)
        loc['unit'], loc['unit_en'] = '%d층' % fl, '%dF' % fl
    elif form == 'aptoffice':
        w = pick(APT_WORDS)
        loc['bldg'], loc['bldg_en'] = bldg if bldg else (st + w[0], stem_en_of(st) + ' ' + w[1])
        loc['unit'], loc['unit_en'] = pick([('관리동', 'Management Bldg'), ('관리사무소', 'Management Office'),
                                            ('상가동 2층', 'Arcade 2F')])
    return loc


def sub_unit(loc, unit, unit_en):
    """Same building, other unit (shares the building address: later occupant, affiliate floor)."""
    n = dict(loc)
    n['unit'], n['unit_en'] = unit, unit_en
    return n


JP_PLACES = [('Tokyo', '東京都', 'Minato-ku', '港区', 'Shibaura', '芝浦', '105', '3', 'Tokyo'),
             ('Tokyo', '東京都', 'Ota-ku', '大田区', 'Kamata', '蒲田', '144', '3', 'Tokyo'),
             ('Tokyo', '東京都', 'Shinagawa-ku', '品川区', 'Osaki', '大崎', '141', '3', 'Tokyo'),
             ('Osaka', '大阪府', 'Yodogawa-ku', '淀川区', 'Nishinakajima', '西中島', '532', '6', 'Osaka'),
             ('Higashiosaka', '大阪府', 'Higashiosaka-shi', '東大阪市', 'Takaida', '高井田', '577', '6', 'Osaka'),
             ('Nagoya', '愛知県', 'Naka-ku', '中区', 'Sakae', '栄', '460', '52', 'Aichi'),
             ('Yokohama', '神奈川県', 'Kohoku-ku', '港北区', 'Shin-Yokohama', '新横浜', '222', '45', 'Kanagawa'),
             ('Fukuoka', '福岡県', 'Hakata-ku', '博多区', 'Hakataekimae', '博多駅前', '812', '92', 'Fukuoka'),
             ('Kyoto', '京都府', 'Minami-ku', '南区', 'Kisshoin', '吉祥院', '601', '75', 'Kyoto')]
VN_PLACES = [('Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Ho Chi Minh City', 'Quận 7', 'District 7', 'Phường Tân Phong',
              'Tan Phong Ward', ['Nguyễn Văn Linh', 'Huỳnh Tấn Phát', 'Nguyễn Thị Thập'], '700000', '28'),
             ('Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Ho Chi Minh City', 'Quận Tân Bình', 'Tan Binh District',
              'Phường 2', 'Ward 2', ['Cộng Hòa', 'Trường Chinh', 'Hoàng Văn Thụ'], '700000', '28'),
             ('Hà Nội', 'Hà Nội', 'Hanoi', 'Quận Cầu Giấy', 'Cau Giay District', 'Phường Dịch Vọng',
              'Dich Vong Ward', ['Trần Duy Hưng', 'Xuân Thủy', 'Cầu Giấy'], '100000', '24'),
             ('Bắc Ninh', 'Bắc Ninh', 'Bac Ninh', 'Huyện Yên Phong', 'Yen Phong District', 'KCN Yên Phong',
              'Yen Phong Industrial Park', None, '790000', '222'),
             ('Hải Phòng', 'Hải Phòng', 'Hai Phong', 'Huyện An Dương', 'An Duong District', 'KCN Tràng Duệ',
              'Trang Due Industrial Park', None, '180000', '225'),
             ('Đồng Nai', 'Đồng Nai', 'Dong Nai', 'TP. Biên Hòa', 'Bien Hoa City', 'KCN Amata',
              'Amata Industrial Park', None, '810000', '251')]
US_PLACES = [('San Jose', 'CA', '951', '408'), ('Fremont', 'CA', '945', '510'), ('Irvine', 'CA', '926', '949'),
             ('Torrance', 'CA', '905', '310'), ('Austin', 'TX', '787', '512'), ('Dallas', 'TX', '752', '214'),
             ('Atlanta', 'GA', '303', '404'), ('Duluth', 'GA', '300', '770'), ('Chicago', 'IL', '606', '312'),
             ('Detroit', 'MI', '482', '313'), ('Seattle', 'WA', '981', '206'), ('Fort Lee', 'NJ', '070', '201')]
US_STREETS = ['Harbor Blvd', 'Industrial Pkwy', 'Technology Dr', 'Main St', 'Commerce Way', 'Oak Ave',
              'Lakeview Rd', 'Pioneer Ct', 'Bridge Plaza N', 'Enterprise Dr', 'Market St', 'Sunset Ave']
US_STREET_LONG = {'Blvd': 'Boulevard', 'Pkwy': 'Parkway', 'Dr': 'Drive', 'St': 'Street', 'Ave': 'Avenue',
                  'Rd': 'Road', 'Ct': 'Court'}


def new_loc_foreign(cc):
    for _ in range(500):
        if cc == 'JP':
            p = pick(JP_PLACES)
            no = '%d-%d-%d' % (R.randint(1, 6), R.randint(1, 30), R.randint(1, 20))
            loc = {'cc': 'JP', 'p': p, 'no': no, 'post': '%s-%04d' % (p[6], R.randrange(10000)),
                   'bldg': None, 'unit': '%dF' % R.randint(1, 9) if chance(0.5) else None}
        elif cc == 'VN':
            p = pick(VN_PLACES)
            if p[7]:
                no = str(R.randint(2, 480))
                street = pick(p[7])
            else:
                no = None
                street = None
            lot = '%s%d' % (pick('ABCDE'), R.randint(1, 12))
            loc = {'cc': 'VN', 'p': p, 'no': no, 'street': street, 'lot': lot, 'post': p[8]}
        else:
            p = pick(US_PLACES)
            no = str(R.randint(100, 9800))
            loc = {'cc': 'US', 'p': p, 'no': no, 'street': pick(US_STREETS),
                   'post': p[2] + '%02d' % R.randrange(100),
                   'unit': pick(['Suite %d' % R.randint(100, 500), 'Ste %d' % R.randint(100, 500),
                                 'Unit %s' % pick('ABCD'), None])}
        if loc.get('no') is None:
            return loc
        if register_loc(loc):
            return loc
    raise RuntimeError('no foreign location')


COUNTRY_FORMS = {
    'KR': {'iso': 'KR', 'en': ['Korea', 'South Korea', 'Republic of Korea', 'KOREA', 'Korea, Republic of', 'S. Korea'],
           'ko': ['대한민국', '한국', 'KR']},
    'JP': {'iso': 'JP', 'en': ['Japan', 'JAPAN', 'JP'], 'ko': ['일본', 'JP']},
    'VN': {'iso': 'VN', 'en': ['Vietnam', 'Viet Nam', 'VIETNAM', 'VN'], 'ko': ['베트남', 'VN']},
    'US': {'iso': 'US', 'en': ['USA', 'United States', 'US', 'U.S.A.'], 'ko': ['미국', 'US']},
}


def addr_dict(line1=None, line2=None, city=None, region=None, postal=None, country=None):
    a = {'line1': clean(line1), 'line2': clean(line2), 'city': clean(city), 'region': clean(region),
         'postalCode': clean(postal), 'country': clean(country)}
    if all(v is None for v in a.values()):
        return None
    return a


def en_area(d, sgg_en):
    sido = SIDO[d[0]]
    province = d[0] in ('gyeonggi', 'gyeongnam', 'gyeongbuk', 'chungnam')
    if province:
        if len(sgg_en) > 1:
            return sgg_en[0], sgg_en[1], sido[3]
        return None, sgg_en[0], sido[3]
    return sgg_en[0], sido[3], None


KR_ADDR_STYLES = ['qbo_road', 'order_full', 'oneline', 'en_road', 'erp_jibun', 'rep_terse', 'en_jibun']


def render_addr(loc, style, v):
    """v: dict of sub-choices (sido form, country form, with building, with postcode...)."""
    if loc['cc'] == 'JP':
        return render_addr_jp(loc, style, v)
    if loc['cc'] == 'VN':
        return render_addr_vn(loc, style, v)
    if loc['cc'] == 'US':
        return render_addr_us(loc, style, v)
    d = DISTRICTS[loc['d']]
    sido = SIDO[d[0]]
    sgg = d[1]
    sgg_en = sigungu_en(sgg)
    sido_ko = sido[v.get('sido', 0) % 3]
    bl = loc['bldg'] if v.get('bldg', True) else None
    un = loc['unit'] if v.get('unit', True) else None
    ctry = v.get('country')
    if style == 'qbo_road':
        extra = []
        if un:
            extra.append(un)
        paren = [loc['dong']] if v.get('dong', True) else []
        if bl:
            paren.append(bl)
        l2 = ' '.join(extra) + (' (%s)' % ', '.join(paren) if paren else '')
        city = sgg if d[0] != 'gyeonggi' else sgg
        return addr_dict('%s %s' % (loc['road'], loc['no']), l2, city, sido[0] if v.get('region', True) else None,
                         loc['post5'], ctry)
    if style == 'order_full':
        l1 = '%s %s %s %s' % (sido_ko, sgg, loc['road'], loc['no'])
        l2 = ' '.join(x for x in [bl, un] if x) if (bl or un) else None
        if v.get('dong', False):
            l2 = ((l2 + ' ') if l2 else '') + '(%s)' % loc['dong']
        return addr_dict(l1, l2, sido[1] if v.get('city', True) else None, None, loc['post5'], ctry)
    if style == 'oneline':
        s = '%s %s %s %s' % (sido_ko, sgg, loc['road'], loc['no'])
        if un:
            s += ', ' + un
        paren = [loc['dong']] + ([bl] if bl else [])
        s += ' (%s)' % ', '.join(paren)
        return addr_dict(s, None, None, None, loc['post5'] if v.get('post', True) else None, ctry)
    if style == 'en_road':
        parts = []
        if un:
            parts.append(loc['unit_en'])
        if bl:
            parts.append(loc['bldg_en'])
        road = road_en(loc['road'])
        numroad = ('%s, %s' if v.get('comma', False) else '%s %s') % (loc['no'], road)
        l1 = ', '.join(parts + [numroad])
        l2, city, region = en_area(d, sgg_en)
        return addr_dict(l1, l2, city, region, loc['post5'] if v.get('post', True) else None, ctry)
    if style == 'erp_jibun':
        old_sido = [sido[2], sido[1], sido[0]][v.get('sido', 0) % 3]
        s = '%s %s %s %s' % (old_sido, sgg, loc['dong'], loc['lot'])
        if bl:
            s += ' ' + bl
        if un:
            s += ' ' + un
        return addr_dict(s, None, sido[1] if v.get('city', True) else None, None,
                         loc['post6'] if v.get('post', True) else None, ctry)
    if style == 'rep_terse':
        if v.get('jibun', False):
            s = '%s %s' % (loc['dong'], loc['lot'])
        else:
            s = '%s %s' % (loc['road'], loc['no'])
        if un and v.get('unit', True):
            s += ' ' + un
        cty = [None, sgg.split()[-1], sido[1], sgg][v.get('sido', 0) % 4]
        return addr_dict(s, None, cty, None, None, ctry)
    if style == 'en_jibun':
        s = '%s %s' % (loc['lot'], place_en(loc['dong'], ['동', '가']))
        if bl:
            s = loc['bldg_en'] + ', ' + s
        l2, city, region = en_area(d, sgg_en)
        return addr_dict(s, l2, city, region, loc['post6'] if v.get('post', True) else None, ctry)
    raise ValueError(style)


def render_addr_jp(loc, style, v):
    p = loc['p']
    ctry = v.get('country')
    if style in ('native', 'erp_jibun', 'rep_terse', 'qbo_road', 'order_full', 'oneline') and v.get('native', False):
        s = '%s%s%s%s' % (p[1], p[3], p[5], loc['no'])
        if loc.get('unit'):
            s += ' ' + loc['unit']
        return addr_dict(s, None, None, None, ('〒' if v.get('mark') else '') + loc['post'], ctry)
    l1 = '%s %s' % (loc['no'], p[4])
    if loc.get('unit') and v.get('unit', True):
        l1 = loc['unit'] + ', ' + l1
    return addr_dict(l1, p[2], p[0], p[8] if v.get('region', False) else None,
                     loc['post'] if v.get('post', True) else None, ctry)


def render_addr_vn(loc, style, v):
    p = loc['p']
    ctry = v.get('country')
    native = v.get('native', False)
    if p[7] is None:        # industrial park lot
        if native:
            return addr_dict('Lô %s, %s' % (loc['lot'], p[5]), p[3], p[1], None,
                             p[8] if v.get('post', False) else None, ctry)
        return addr_dict('Lot %s, %s' % (loc['lot'], p[6]), p[4], p[2], None,
                         p[8] if v.get('post', False) else None, ctry)
    if native:
        return addr_dict('Số %s %s' % (loc['no'], loc['street']), '%s, %s' % (p[5], p[3]), p[1], None,
                         p[8] if v.get('post', False) else None, ctry)
    st = strip_accents(loc['street'])
    return addr_dict('%s %s Street' % (loc['no'], st) if v.get('street_word', True) else '%s %s' % (loc['no'], st),
                     '%s, %s' % (p[6], p[4]), p[2], None, p[8] if v.get('post', False) else None, ctry)


def render_addr_us(loc, style, v):
    p = loc['p']
    ctry = v.get('country')
    st = loc['street']
    if v.get('long', False):
        a, b = st.rsplit(' ', 1) if st.split()[-1] in US_STREET_LONG else (st, '')
        st = a + ' ' + US_STREET_LONG.get(b, b) if b else st
    l1 = '%s %s' % (loc['no'], st)
    l2 = loc.get('unit') if v.get('unit', True) else None
    if l2 and v.get('one_line', False):
        l1, l2 = l1 + ' ' + l2, None
    return addr_dict(l1, l2, p[0], p[1], loc['post'] if v.get('post', True) else None, ctry)


# ---- address comparison (what a careful reader can see is the same building)
ROAD_FIND = re.compile(r'(?<![가-힣0-9])([가-힣]+?)(\d*)(대로|로|길)(?:(\d+)번?길)?\s*(\d+(?:-\d+)?)(?![\d가-힣])')
LOT_FIND = re.compile(r'(?<![가-힣0-9])([가-힣]+?)(\d*)(동|가)\s+(\d+(?:-\d+)?)(?![\d가-힣])')
ROAD_EN_FIND = re.compile(r'(?<![\w-])(\d+(?:-\d+)?),?\s+([A-Za-z][A-Za-z0-9 ]*?-(?:daero|ro|gil)(?:\s+\d+-gil)?)\b')
LOT_EN_FIND = re.compile(r'(?<![\w-])(\d+(?:-\d+)?),?\s+([A-Za-z][A-Za-z0-9 ]*?-(?:dong|ga))\b')
FIRSTNUM = re.compile(r'(?<![0-9A-Za-z#\-])(\d+(?:-\d+)*)(?![0-9A-Za-z층호동])')


def addr_keys(a):
    if not a:
        return []
    text = ' '.join(x for x in [a.get('line1'), a.get('line2')] if x)
    text = ''.join(FW_TABLE.get(ch, ch) for ch in text)
    post = re.sub(r'\D', '', ''.join(FW_TABLE.get(ch, ch) for ch in (a.get('postalCode') or '')))
    keys = []
    nums = []
    for m in ROAD_FIND.finditer(text):
        road = rr_word(m.group(1)) + m.group(2) + SUF_EN[m.group(3)] + (m.group(4) + 'gil' if m.group(4) else '')
        keys.append(('road', road, m.group(5)))
        nums.append(m.group(5))
    for m in LOT_FIND.finditer(text):
        dong = rr_word(m.group(1)) + m.group(2) + {'동': 'dong', '가': 'ga'}[m.group(3)]
        keys.append(('lot', dong, m.group(4)))
        nums.append(m.group(4))
    for m in ROAD_EN_FIND.finditer(text):
        keys.append(('road', norm_alnum(m.group(2)), m.group(1)))
        nums.append(m.group(1))
    for m in LOT_EN_FIND.finditer(text):
        keys.append(('lot', norm_alnum(m.group(2)), m.group(1)))
        nums.append(m.group(1))
    if not nums and a.get('line1'):
        m = FIRSTNUM.search(''.join(FW_TABLE.get(ch, ch) for ch in a['line1']))
        if m:
            nums.append(m.group(1))
    if post:
        for n in nums:
            keys.append(('post', post, n))
    return keys


def same_address(a, b):
    ka = addr_keys(a)
    kb = addr_keys(b)
    for k in ka:
        if k in kb:
            return True
    return False


# ----------------------------------------------------------------- e-mail
def reg_email(e):
    e = e.lower()
    if e in USED_EMAIL:
        return None
    USED_EMAIL.add(e)
    return e


def free_domain():
    return wpick(FREE_MAIL)


def person_local_parts(fam_rom, giv_parts, birth):
    fam = ascii_lower(fam_rom)
    giv = ''.join(ascii_lower(x) for x in giv_parts)
    ini = ''.join(ascii_lower(x)[:1] for x in giv_parts)
    yy = '%02d' % (birth % 100)
    opts = ['%s.%s' % (giv, fam), '%s%s' % (fam, giv), '%s.%s' % (fam, giv), '%s%s' % (ini, fam),
            '%s%s%s' % (fam, ini, yy), '%s%s' % (giv, yy), '%s_%s' % (fam, giv), '%s%s%02d' % (ini, fam, R.randrange(100)),
            '%s%s' % (pick(EMAIL_WORDS), pick(['1004', '7777', '486', '0314', '77', '99', '21', yy, '%d' % birth])),
            '%s%s' % (giv, '%02d%02d' % (R.randint(1, 12), R.randint(1, 28))), '%s%s%d' % (fam, giv, birth)]
    return opts


def new_person_email(fam_rom, giv_parts, birth, domain=None):
    for _ in range(100):
        local = pick(person_local_parts(fam_rom, giv_parts, birth))
        dom = domain or free_domain()
        e = reg_email('%s@%s' % (local, dom))
        if e:
            return e
    while True:
        e = reg_email('%s%d@%s' % (ascii_lower(fam_rom), R.randrange(10000), domain or 'naver.com'))
        if e:
            return e


def new_domain(tokens, tld=None):
    """tokens: list of ascii words, e.g. ['hanbit', 'elec']"""
    tld = tld or wpick([('.co.kr', 60), ('.com', 25), ('.kr', 10), ('.net', 5)])
    cands = [''.join(tokens), '-'.join(tokens), tokens[0], ''.join(t[:1] for t in tokens) + tokens[-1],
             ''.join(tokens) + 'korea', tokens[0] + 'corp', ''.join(tokens) + '21', tokens[0] + '-kr']
    for c in cands:
        c = re.sub(r'[^a-z0-9\-]', '', c.lower())
        if len(c) < 3:
            continue
        dom = c + tld
        if dom not in USED_DOMAIN:
            USED_DOMAIN.add(dom)
            return dom
    while True:
        dom = '%s%d%s' % (tokens[0], R.randrange(100, 999), tld)
        if dom not in USED_DOMAIN:
            USED_DOMAIN.add(dom)
            return dom


def role_email(domain, roles=None):
    roles = roles or ['purchase', 'order', 'sales', 'info', 'tax', 'acct', 'buy', 'gumae', 'admin', 'office',
                      'contact', 'biz', 'account', 'mgmt', 'support']
    for r in sample(roles, len(roles)):
        e = reg_email('%s@%s' % (r, domain))
        if e:
            return e
    while True:
        e = reg_email('%s%d@%s' % (pick(roles), R.randrange(2, 99), domain))
        if e:
            return e


# ----------------------------------------------------------------- persons
def giv_parts_of(p, system):
    return {'pop': [pop_syl(s) for s in p['giv']], 'rr': [rr_syl(s) for s in p['giv']],
            'mr_plain': [strip_accents(x).replace("'", '') for x in mr_syls(list(p['giv']))],
            'mr': mr_syls(list(p['giv'])), 'pop_ee': [pop_ee(s) for s in p['giv']]}[system]


def make_korean_person(gender=None, fam=None, giv=None, birth=None):
    fam = fam or wpick([(s, w) for s, w, _ in SURNAMES])
    gender = gender or pick('MF')
    if giv is None:
        giv = pick(SINGLE) if chance(0.03) else weighted_name(MALE if gender == 'M' else FEMALE)
    roms = SURNAME_ROM[fam]
    p = {'kind': 'person_korean', 'org': False, 'fam': fam, 'giv': giv, 'gender': gender,
         'birth': birth or R.randint(1952, 2001),
         'fam_rom': roms[0] if (len(roms) == 1 or chance(0.85)) else pick(roms[1:]),
         'giv_sys': wpick([('pop', 55), ('rr', 38), ('mr_plain', 4), ('pop_ee', 3)]),
         'giv_join': wpick([('solid', 40), ('hyphen', 35), ('space', 15), ('hyphen_cap', 10)]),
         'eng': (pick(ENG_M if gender == 'M' else ENG_F) if chance(0.18) else None),
         'title': pick(TITLES_PERSON), 'emails': [], 'phones': {}, 'locs': []}
    if len(giv) == 1 and p['giv_join'] != 'solid':
        p['giv_join'] = 'solid'
    p['giv_rom'] = join_syls(giv_parts_of(p, p['giv_sys']), p['giv_join'])
    return p


def make_expat_person(nat, gender=None):
    gender = gender or pick('MF')
    p = {'kind': {'cn': 'person_chinese', 'vn': 'person_vietnamese', 'us': 'person_american'}[nat],
         'org': False, 'nat': nat, 'gender': gender, 'birth': R.randint(1958, 2000), 'emails': [], 'phones': {},
         'locs': [], 'title': pick(['님', '씨', '고객님', '사장님'])}
    if nat == 'cn':
        f, g = pick(CN_FAM), pick(CN_GIV)
        p.update({'fam_native': f[0], 'giv_native': g[0], 'fam_rom': f[1], 'giv_rom': g[1], 'fam_ko': f[2],
                  'giv_ko': g[2]})
    elif nat == 'vn':
        f = pick(VN_FAM)
        m = pick(VN_MID_M if gender == 'M' else VN_MID_F)
        g = pick(VN_GIV_M if gender == 'M' else VN_GIV_F)
        p.update({'fam_native': f[0], 'mid_native': m[0], 'giv_native': g[0], 'fam_ko': f[1], 'fam_ko2': f[2],
                  'mid_ko': m[1], 'giv_ko': g[1]})
    else:
        f = pick(US_FIRST_M if gender == 'M' else US_FIRST_F)
        l = pick(US_LAST)
        p.update({'first': f[0], 'nick': f[1], 'first_ko': f[2], 'last': l[0], 'last_ko': l[1],
                  'mid': pick('ABCDEJKLMRST'), 'suffix': None})
    return p


def person_name_vars(p):
    """Name renderings: dicts with script, cat, disp, giv, fam."""
    V = []

    def add(script, cat, disp, giv, fam):
        V.append({'script': script, 'cat': cat, 'disp': disp, 'giv': giv, 'fam': fam})
    k = p['kind']
    if k == 'person_korean':
        fam, giv = p['fam'], p['giv']
        add('ko', 'canon', fam + giv, giv, fam)
        add('ko', 'spacing', fam + ' ' + giv, giv, fam)
        fr, gr = p['fam_rom'], p['giv_rom']
        add('rom', 'canon', '%s %s' % (gr, fr), gr, fr)
        add('rom', 'order', '%s %s' % (fr, gr), gr, fr)
        add('rom', 'order', '%s %s' % (fr.upper(), gr), gr, fr.upper())
        add('rom', 'case', ('%s %s' % (gr, fr)).upper(), gr.upper(), fr.upper())
        seen = [gr]
        for sy, jn, txt in rom_variants(giv):
            if txt not in seen and sy != 'mr':
                seen.append(txt)
                add('rom', 'romanisation', '%s %s' % (txt, fr), txt, fr)
                add('rom', 'romanisation', '%s %s' % (fr.upper(), txt), txt, fr.upper())
        for alt in SURNAME_ROM[fam]:
            if alt != fr:
                add('rom', 'romanisation', '%s %s' % (gr, alt), gr, alt)
        for sy, jn, txt in rom_variants(giv, systems=('mr',)):
            if txt not in seen:
                seen.append(txt)
                add('rom', 'romanisation', '%s %s' % (txt, fr), txt, fr)
        if p.get('eng'):
            add('rom', 'english_name', '%s %s' % (p['eng'], fr), p['eng'], fr)
            add('rom', 'english_name', '%s %s' % (p['eng'], fr.upper()), p['eng'], fr.upper())
        parts = giv_parts_of(p, p['giv_sys'])
        ini = '.'.join(x[0].upper() for x in parts) + '.'
        add('rom', 'initials', '%s %s' % (ini, fr), ini, fr)
    elif k == 'person_chinese':
        fr, gr = p['fam_rom'], p['giv_rom']
        add('rom', 'canon', '%s %s' % (fr, gr), gr, fr)
        add('rom', 'case', ('%s %s' % (fr, gr)).upper(), gr.upper(), fr.upper())
        add('rom', 'order', '%s %s' % (gr, fr), gr, fr)
        if len(gr) > 4:
            sp = re.sub(r'^(\w[a-z]*?[aeiou]+n?g?)(?=[^aeiou])', r'\1 ', gr, count=1)
            if sp != gr:
                add('rom', 'spacing', '%s %s' % (fr, sp), sp, fr)
        add('zh', 'canon', p['fam_native'] + p['giv_native'], p['giv_native'], p['fam_native'])
        add('ko', 'canon', p['fam_ko'] + p['giv_ko'], p['giv_ko'], p['fam_ko'])
        add('ko', 'spacing', p['fam_ko'] + ' ' + p['giv_ko'], p['giv_ko'], p['fam_ko'])
    elif k == 'person_vietnamese':
        fn, mn, gn = p['fam_native'], p['mid_native'], p['giv_native']
        add('vi', 'canon', '%s %s %s' % (fn, mn, gn), '%s %s' % (mn, gn), fn)
        fa, ma, ga = strip_accents(fn), strip_accents(mn), strip_accents(gn)
        add('rom', 'accents_dropped', '%s %s %s' % (fa, ma, ga), '%s %s' % (ma, ga), fa)
        add('rom', 'case', ('%s %s %s' % (fa, ma, ga)).upper(), ('%s %s' % (ma, ga)).upper(), fa.upper())
        add('rom', 'order', '%s %s' % (ga, fa), ga, fa)
        add('rom', 'order', '%s %s %s' % (ma, ga, fa), '%s %s' % (ma, ga), fa)
        add('vi', 'short_form', '%s %s' % (fn, gn), gn, fn)
        add('ko', 'canon', '%s %s %s' % (p['fam_ko'], p['mid_ko'], p['giv_ko']), '%s %s' % (p['mid_ko'], p['giv_ko']),
            p['fam_ko'])
        add('ko', 'translit', '%s%s%s' % (p['fam_ko2'], p['mid_ko'], p['giv_ko']), p['mid_ko'] + p['giv_ko'],
            p['fam_ko2'])
    elif k == 'person_japanese':
        add('rom', 'canon', '%s %s' % (p['giv_rom'], p['fam_rom']), p['giv_rom'], p['fam_rom'])
        add('rom', 'order', '%s %s' % (p['fam_rom'].upper(), p['giv_rom']), p['giv_rom'], p['fam_rom'].upper())
        add('rom', 'case', ('%s %s' % (p['giv_rom'], p['fam_rom'])).upper(), p['giv_rom'].upper(), p['fam_rom'].upper())
        add('rom', 'order', '%s %s' % (p['fam_rom'], p['giv_rom']), p['giv_rom'], p['fam_rom'])
    else:
        f, l, m = p['first'], p['last'], p['mid']
        sfx = (' ' + p['suffix']) if p.get('suffix') else ''
        add('rom', 'canon', '%s %s%s' % (f, l, sfx), f, l + sfx)
        add('rom', 'middle_initial', '%s %s. %s%s' % (f, m, l, sfx), '%s %s.' % (f, m), l + sfx)
        for n in p['nick']:
            add('rom', 'nickname', '%s %s%s' % (n, l, sfx), n, l + sfx)
        add('rom', 'order', '%s, %s%s' % (l, f, sfx), f, l + sfx)
        add('rom', 'case', ('%s %s%s' % (l, f, sfx)).upper(), f.upper(), (l + sfx).upper())
        ksfx = ' 주니어' if p.get('suffix') else ''
        add('ko', 'canon', '%s %s%s' % (p['first_ko'], p['last_ko'], ksfx), p['first_ko'], p['last_ko'] + ksfx)
        add('ko', 'spacing', '%s%s%s' % (p['first_ko'], p['last_ko'], ksfx), p['first_ko'], p['last_ko'] + ksfx)
    return V


def person_rom_parts(p):
    """(family, [given parts]) in Latin for e-mail local parts."""
    if p['kind'] == 'person_korean':
        return p['fam_rom'], giv_parts_of(p, p['giv_sys'])
    if p['kind'] == 'person_chinese':
        return p['fam_rom'], [p['giv_rom']]
    if p['kind'] == 'person_vietnamese':
        return strip_accents(p['fam_native']), [strip_accents(p['mid_native'])[:1], strip_accents(p['giv_native'])]
    if p['kind'] == 'person_japanese':
        return p['fam_rom'], [p['giv_rom']]
    return p['last'], [p['first']]


def home_area(loc):
    if loc['cc'] != 'KR':
        return None
    return DISTRICTS[loc['d']][2]


def setup_person_contacts(p, loc=None, district=None, home_phone=None):
    """Give a person a home, a mobile, maybe a landline and an e-mail."""
    if p['kind'] == 'person_american' and chance(0.25) and loc is None:
        loc = new_loc_foreign('US')
    if loc is None:
        form = wpick([('apt', 65), ('villa', 20), ('house', 15)])
        loc = new_loc_kr(form, district=district, who='person')
    p['locs'].append(loc)
    if loc['cc'] == 'US':
        p['phones']['mobile'] = phone_foreign('1', loc['p'][3])
    else:
        p['phones']['mobile'] = phone_kr('10')
        if home_phone is not None:
            p['phones']['home'] = home_phone
        elif chance(0.22 if p.get('birth', 1980) > 1975 else 0.5):
            p['phones']['home'] = phone_kr(home_area(loc))
    if chance(0.93):
        fr, gp = person_rom_parts(p)
        p['emails'].append(new_person_email(fr, gp, p['birth']))
    return p


# ----------------------------------------------------------------- organisations
KO_STEMS = ('한빛 대성 삼영 세원 신화 미래 우진 성진 진성 영진 새한 동아 태성 삼화 대원 광명 서진 경동 화신 보성 '
            '명성 대영 정우 상신 우성 동일 삼익 청호 한일 신성 선일 제일 나라 누리 한울 다온 가온 이룸 바른 유진 '
            '세진 한양 동신 영신 대진 태진 신우 경인 동방 한결 대명 성원 중앙 국제 태양 은하 하나로 참빛 새빛 '
            '한길 대호 영남 부경 동남 서해 남양 원진 창성 동화 성우 한성 한영 삼진 대양 해성 금강 진영 세광 '
            '정원 대광 평화 협성 유성 명진 고려 조은 온누리 한마음 새롬 늘품 미르 아람 한별 청운 도원 태웅 '
            '우리 신일 삼원 일신 영광 동광 삼광 경원 한국 성광 대흥 신흥 삼우 동우 우신 진흥 덕산 태평 해동 '
            '창원 대창 한신 세양 동성 삼성산 금화 흥진 오성 천일 광진 대신').split()
LATIN_STEMS = [('에이스', 'Ace'), ('유니', 'Uni'), ('코아', 'Core'), ('하이', 'Hi'), ('엠에스', 'MS'), ('케이디', 'KD'),
               ('제이에스', 'JS'), ('디에스', 'DS'), ('티에스', 'TS'), ('에이치케이', 'HK'), ('넥스', 'Nex'),
               ('프라임', 'Prime'), ('스마트', 'Smart'), ('인텍', 'Intech'), ('솔텍', 'Soltech'), ('엔텍', 'Ntech'),
               ('제이텍', 'J-Tech'), ('에스피', 'SP'), ('비젼', 'Vision'), ('다인', 'Dain')]
# ko, en, abbreviation, domain token, romanisable?
TRADES = [('전자', 'Electronics', 'Elec.', 'elec', True), ('전기', 'Electric', 'Elec.', 'elec', True),
          ('산업', 'Industrial', 'Ind.', 'ind', True), ('테크', 'Tech', 'Tech', 'tech', False),
          ('정밀', 'Precision', 'Prec.', 'prec', True), ('기계', 'Machinery', 'Mach.', 'mc', True),
          ('통신', 'Telecom', 'Tel.', 'tel', True), ('시스템', 'Systems', 'Sys.', 'sys', False),
          ('오토메이션', 'Automation', 'Auto.', 'auto', False), ('엔지니어링', 'Engineering', 'Eng.', 'eng', False),
          ('하이텍', 'Hitech', 'Hitech', 'hitech', False), ('반도체', 'Semiconductor', 'Semicon', 'semi', True),
          ('계전', 'Electric Control', 'E.C.', 'ec', True), ('제어', 'Controls', 'Ctrl.', 'ctrl', True),
          ('전력', 'Power', 'Pwr.', 'power', True), ('솔루션', 'Solutions', 'Sol.', 'sol', False),
          ('산전', 'Industrial Electric', 'I.E.', 'ie', True), ('기전', 'Mechatronics', 'Mech.', 'mech', True),
          ('조명', 'Lighting', 'Ltg.', 'light', True), ('전선', 'Cable', 'Cable', 'cable', True),
          ('FA', 'FA', 'FA', 'fa', False), ('E&C', 'E&C', 'E&C', 'enc', False),
          ('일렉트로닉스', 'Electronics', 'Elec.', 'elec', False), ('상사', 'Trading', 'Trdg.', 'trading', True)]
SHOP_TRADES = [('상사', 'Sangsa', 'Trading', 'ss'), ('전기', 'Jeongi', 'Electric', 'elec'),
               ('전자', 'Jeonja', 'Electronics', 'elec'), ('산업', 'Saneop', 'Industrial', 'ind'),
               ('전업사', 'Jeoneopsa', 'Electric Shop', 'elec'), ('조명', 'Jomyeong', 'Lighting', 'light'),
               ('통신', 'Tongsin', 'Telecom', 'tel'), ('기전', 'Gijeon', 'Mechatronics', 'mech'),
               ('설비', 'Seolbi', 'Facilities', 'sb'), ('테크', 'Tech', 'Tech', 'tech'), ('전자부품', 'Jeonja Bupum',
                                                                                   'Electronic Parts', 'parts')]
BRANCHES = [('부산지점', 'Busan Branch', 'busan'), ('대구지점', 'Daegu Branch', 'daegu'),
            ('광주지점', 'Gwangju Branch', 'gwangju'), ('대전영업소', 'Daejeon Sales Office', 'daejeon'),
            ('창원영업소', 'Changwon Sales Office', 'gyeongnam'), ('인천지점', 'Incheon Branch', 'incheon'),
            ('천안사업소', 'Cheonan Office', 'chungnam'), ('구미지점', 'Gumi Branch', 'gyeongbuk'),
            ('울산지점', 'Ulsan Branch', 'ulsan'), ('수원영업소', 'Suwon Sales Office', 'gyeonggi'),
            ('서울지점', 'Seoul Branch', 'seoul'), ('동부산영업소', 'East Busan Sales Office', 'busan')]
FACTORIES = [('화성공장', 'Hwaseong Plant', '화성시'), ('평택공장', 'Pyeongtaek Plant', '평택시'),
             ('안산공장', 'Ansan Plant', '안산시 단원구'), ('시흥공장', 'Siheung Plant', '시흥시'),
             ('구미공장', 'Gumi Plant', '구미시'), ('창원공장', 'Changwon Plant', '창원시 성산구'),
             ('녹산공장', 'Noksan Plant', '강서구@busan'), ('김해공장', 'Gimhae Plant', '김해시'),
             ('양산공장', 'Yangsan Plant', '양산시'), ('천안공장', 'Cheonan Plant', '천안시 서북구'),
             ('울산공장', 'Ulsan Plant', '남구@ulsan'), ('남동공장', 'Namdong Plant', '남동구'),
             ('성서공장', 'Seongseo Plant', '달서구'), ('대덕공장', 'Daedeok Plant', '유성구')]
LEGAL_KO_CORP = [('(주)pre', '(주){b}', 30), ('(주)pre_sp', '(주) {b}', 6), ('㈜pre', '㈜{b}', 12),
                 ('주식회사pre', '주식회사 {b}', 18), ('(주)post', '{b}(주)', 16), ('㈜post', '{b}㈜', 6),
                 ('주식회사post', '{b} 주식회사', 8), ('주식회사pre_nosp', '주식회사{b}', 2)]
LEGAL_KO_LLC = [('유한pre', '유한회사 {b}', 50), ('(유)post', '{b}(유)', 30), ('(유)pre', '(유){b}', 20)]
LEGAL_EN = ['Co., Ltd.', 'Co., Ltd.', 'Co., Ltd.', 'Co.,Ltd.', 'CO., LTD.', 'Corp.', 'Corporation', 'Inc.',
            'Ltd.', 'Co. Ltd']

USED_ORG_NAMES = set()


def district_index(sgg, sido=None):
    for i, d in enumerate(DISTRICTS):
        if d[1] == sgg and (sido is None or d[0] == sido):
            return i
    raise KeyError(sgg)


def factory_district(spec):
    if '@' in spec:
        sgg, sido = spec.split('@')
        return district_index(sgg, sido)
    return district_index(spec)


def stem_romans(stem):
    """canonical English spelling + alternative spellings of a company stem"""
    for ko, en in LATIN_STEMS:
        if ko == stem:
            return en, [en.upper(), en]
    vs = rom_variants(stem, joins=('solid', 'space'))
    texts = []
    for sy, jn, t in vs:
        if sy == 'mr':
            continue
        if t not in texts:
            texts.append(t)
    solid = [t for sy, jn, t in vs if jn == 'solid' and sy in ('pop', 'rr')]
    canon = pick(solid)
    alts = [t for t in texts if t != canon]
    mr = [t for sy, jn, t in vs if sy == 'mr' and jn == 'solid']
    return canon, alts + mr


def trade_roman(tr):
    if not tr[4]:
        return [tr[1]]
    out = []
    for sy, jn, t in rom_variants(tr[0], joins=('solid',)):
        if t not in out:
            out.append(t)
    return out


def new_company(kind='org_corporation', stem=None, trade=None, legal=None):
    for _ in range(200):
        st = stem or (pick(LATIN_STEMS)[0] if chance(0.12) else pick(KO_STEMS))
        tr = trade or pick(TRADES)
        key = st + tr[0]
        if stem or key not in USED_ORG_NAMES:
            break
    USED_ORG_NAMES.add(st + tr[0])
    lg = legal or ('llc' if chance(0.08) else 'corp')
    canon_en, alts = stem_romans(st)
    o = {'kind': kind, 'org': True, 'stem': st, 'trade': tr, 'legal': lg,
         'legal_ko': wpick([(k, w) for k, _, w in (LEGAL_KO_CORP if lg == 'corp' else
                                                     [(a, b, c) for a, b, c in LEGAL_KO_LLC])]),
         'legal_en': pick(LEGAL_EN) if lg == 'corp' else 'Ltd.',
         'stem_en': canon_en, 'stem_alts': alts, 'suffix': None, 'contacts': [], 'emails': [], 'phones': {},
         'locs': []}
    tok = ascii_lower(canon_en)
    o['domain'] = new_domain([tok, tr[3]] if chance(0.7) else [tok])
    return o


def legal_fmt(o, key, base):
    table = LEGAL_KO_CORP if o['legal'] == 'corp' else LEGAL_KO_LLC
    for k, f, _ in table:
        if k == key:
            return f.format(b=base)
    return base


def org_name_vars(o):
    """list of dicts: script, cat, text  (first = canonical Korean)"""
    V = []

    def add(script, cat, text):
        for x in V:
            if x['text'] == text:
                return
        V.append({'script': script, 'cat': cat, 'text': text})
    k = o['kind']
    if k in ('org_corporation', 'org_llc', 'org_branch', 'org_factory', 'org_group_affiliate'):
        tr = o['trade']
        base = o['stem'] + tr[0]
        sfx = (' ' + o['suffix'][0]) if o.get('suffix') else ''
        add('ko', 'canon', legal_fmt(o, o['legal_ko'], base) + sfx)
        table = LEGAL_KO_CORP if o['legal'] == 'corp' else LEGAL_KO_LLC
        for key, f, _ in table:
            add('ko', 'legal_form', f.format(b=base) + sfx)
        add('ko', 'legal_dropped', base + sfx)
        if sfx:
            add('ko', 'spacing', legal_fmt(o, o['legal_ko'], base) + sfx.strip())
            add('ko', 'suffix_dropped', legal_fmt(o, o['legal_ko'], base))
        add('ko', 'short_form', o['stem'] + sfx)
        add('ko', 'fullwidth', (legal_fmt(o, o['legal_ko'], base) + sfx).replace('(', '（').replace(')', '）'))
        ens = ' ' + o['suffix'][1] if o.get('suffix') else ''
        se = o['stem_en']
        le = o['legal_en']
        add('en', 'canon', '%s %s %s%s' % (se, tr[1], le, ens))
        for alt in ['Co., Ltd.', 'CO.,LTD', 'Corp.', 'Inc.', 'Co Ltd']:
            add('en', 'legal_form', '%s %s %s%s' % (se, tr[1], alt, ens))
        add('en', 'legal_dropped', '%s %s%s' % (se, tr[1], ens))
        add('en', 'case', ('%s %s %s%s' % (se, tr[1], le, ens)).upper())
        add('en', 'abbreviation', '%s %s %s%s' % (se, tr[2], le, ens))
        add('en', 'abbreviation', ('%s %s%s' % (se, tr[2].rstrip('.'), ens)).upper())
        for alt in o['stem_alts'][:3]:
            add('en', 'romanisation', '%s %s %s%s' % (alt, tr[1], le, ens))
        for trr in trade_roman(tr)[:3]:
            if trr != tr[1]:
                add('en', 'romanised_trade', '%s %s %s%s' % (se, trr, le, ens))
    elif k == 'org_sole_proprietor':
        tr = o['trade']
        add('ko', 'canon', o['stem'] + tr[0])
        add('ko', 'spacing', o['stem'] + ' ' + tr[0])
        add('ko', 'short_form', o['stem'])
        add('en', 'canon', '%s %s' % (o['stem_en'], tr[2]))
        add('en', 'romanised_trade', '%s %s' % (o['stem_en'], tr[1]))
        add('en', 'case', ('%s %s' % (o['stem_en'], tr[1])).upper())
        for alt in o['stem_alts'][:2]:
            add('en', 'romanisation', '%s %s' % (alt, tr[1]))
    elif k == 'org_apartment_office':
        cx, cxe = o['complex'], o['complex_en']
        add('ko', 'canon', '%s 관리사무소' % cx)
        add('ko', 'format', '%s관리사무소' % cx)
        add('ko', 'format', '%s 관리소' % cx)
        add('ko', 'format', '%s 입주자대표회의' % cx)
        add('ko', 'short_form', cx)
        add('en', 'canon', '%s Management Office' % cxe)
        add('en', 'case', ('%s Mgmt Office' % cxe).upper())
    elif k == 'org_public_department':
        body, dept = o['body'], o['dept']
        add('ko', 'canon', '%s %s' % (body, dept[0]))
        add('ko', 'format', '%s %s %s' % (o['sido_full'], o['sgg_full'] + '청' if ' ' in o['sgg_full'] else body, dept[0]))
        add('ko', 'format', '%s(%s)' % (body, dept[0]))
        add('ko', 'short_form', '%s %s' % (body[:-1], dept[0]))
        add('en', 'canon', '%s, %s' % (o['body_en'], dept[1]))
        add('en', 'format', '%s, %s' % (dept[1], o['body_en']))
    elif k == 'org_school':
        add('ko', 'canon', o['pref'] + o['stem'] + o['level'][0])
        add('ko', 'format', o['pref'] + o['stem'] + o['level'][0] + ' 행정실')
        add('ko', 'short_form', o['stem'] + o['level'][0])
        add('ko', 'abbreviation', o['stem'] + o['level'][2])
        add('en', 'canon', '%s %s' % (o['stem_en'], o['level'][1]))
        add('en', 'case', ('%s %s' % (o['stem_en'], o['level'][1])).upper())
    elif k == 'org_hospital':
        add('ko', 'canon', o['hname'] if not o.get('found_full') else o['found_full'])
        add('ko', 'short_form', o['hname'])
        add('ko', 'format', '(의)%s의료재단 %s' % (o['found'], o['hname']))
        add('en', 'canon', o['hname_en'])
        add('en', 'case', o['hname_en'].upper())
    elif k == 'org_church':
        add('ko', 'canon', o['cname'])
        add('ko', 'format', '%s %s' % (o['denom'], o['cname']))
        add('ko', 'short_form', o['cname'].replace('교회', ''))
        add('en', 'canon', o['cname_en'])
    elif k == 'org_export_jp':
        st, tr = o['jp_stem'], o['jp_trade']
        add('en', 'canon', '%s %s Co., Ltd.' % (st[0], tr[0]))
        add('en', 'case', ('%s %s Co.,Ltd.' % (st[0], tr[0])).upper())
        add('en', 'translated', '%s %s Co., Ltd.' % (st[0], tr[3]))
        add('en', 'legal_form', '%s %s K.K.' % (st[0], tr[0]))
        add('en', 'legal_dropped', '%s %s' % (st[0], tr[0]))
        add('ja', 'canon', '株式会社%s%s' % (st[1], tr[1]))
        add('ja', 'legal_form', '%s%s株式会社' % (st[1], tr[1]))
        add('ko', 'canon', '%s%s' % (st[2], tr[2]))
        add('ko', 'legal_form', '%s%s(주)' % (st[2], tr[2]))
    elif k == 'org_export_vn':
        st, tr, lg = o['vn_stem'], o['vn_trade'], o['vn_legal']
        add('en', 'canon', '%s %s %s' % (strip_accents(st[0]), tr[1], lg[1]))
        add('en', 'case', ('%s %s %s' % (strip_accents(st[0]), tr[1], lg[2])).upper())
        add('en', 'legal_dropped', '%s %s' % (strip_accents(st[0]), tr[1]))
        add('vi', 'canon', '%s %s %s' % (lg[0], tr[0], st[0]))
        add('vi', 'accents_dropped', strip_accents('%s %s %s' % (lg[0], tr[0], st[0])))
        add('vi', 'case', ('%s %s %s' % (lg[0], tr[0], st[0])).upper())
        add('ko', 'canon', '%s%s' % (st[1], tr[2]))
    elif k == 'org_export_us':
        st, tr, lg = o['us_stem'], o['us_trade'], o['us_legal']
        add('en', 'canon', '%s %s %s' % (st[0], tr[0], lg))
        add('en', 'legal_form', '%s %s, %s' % (st[0], tr[0], lg))
        add('en', 'legal_dropped', '%s %s' % (st[0], tr[0]))
        add('en', 'case', ('%s %s %s' % (st[0], tr[0], lg)).upper())
        add('en', 'abbreviation', '%s %s %s' % (st[0], tr[2], lg))
        add('ko', 'canon', '%s %s' % (st[1], tr[1]))
        add('ko', 'spacing', '%s%s' % (st[1], tr[1]))
    elif k == 'org_overseas_subsidiary':
        add('en', 'canon', o['sub_en'])
        add('en', 'case', o['sub_en'].upper())
        add('en', 'legal_dropped', o['sub_en_short'])
        add('ko', 'canon', o['sub_ko'])
    return V


JP_STEMS = [('Aoba', '青葉', '아오바'), ('Hikari', '光', '히카리'), ('Kaede', '楓', '카에데'), ('Midori', '緑', '미도리'),
            ('Tsubasa', '翼', '츠바사'), ('Hoshino', '星野', '호시노'), ('Minato', '湊', '미나토'),
            ('Nishikaze', '西風', '니시카제'), ('Sakuragi', '桜木', '사쿠라기'), ('Kawabata', '川端', '가와바타'),
            ('Shirakawa', '白川', '시라카와'), ('Takanawa', '高輪', '다카나와'), ('Isshin', '一心', '잇신'),
            ('Seiwa', '清和', '세이와'), ('Tokiwa', '常盤', '도키와'), ('Asuka', '飛鳥', '아스카'),
            ('Hinode', '日の出', '히노데'), ('Kotobuki', '寿', '고토부키'), ('Yamabuki', '山吹', '야마부키'),
            ('Harukaze', '春風', '하루카제'), ('Mizuho', '瑞穂', '미즈호'), ('Sazanami', '漣', '사자나미')]
JP_TRADES = [('Denki', '電機', '덴키', 'Electric'), ('Denshi', '電子', '덴시', 'Electronics'),
             ('Seiki', '精機', '세이키', 'Precision'), ('Shoji', '商事', '쇼지', 'Trading'),
             ('Kogyo', '工業', '고교', 'Industries'), ('Denko', '電工', '덴코', 'Electric Works'),
             ('Tsushin', '通信', '츠신', 'Communications'), ('Keiki', '計器', '게이키', 'Instruments')]
VN_STEMS = [('Minh Phát', '민팟'), ('Hoàng Long', '호앙롱'), ('Thành Công', '타인꽁'), ('Việt Tiến', '비엣띠엔'),
            ('Phú Thịnh', '푸틴'), ('Đại Phát', '다이팟'), ('Tân Hưng', '떤흥'), ('An Khang', '안캉'),
            ('Sao Việt', '사오비엣'), ('Trường Thịnh', '쯔엉틴'), ('Kim Long', '낌롱'), ('Hưng Thịnh', '흥틴'),
            ('Nam Á', '남아'), ('Quang Minh', '꽝민'), ('Thiên Phú', '티엔푸'), ('Hải Đăng', '하이당')]
VN_TRADES = [('Điện tử', 'Electronics', '전자'), ('Kỹ thuật', 'Technical', '기술'), ('Thương mại', 'Trading', '상사'),
             ('Tự động hóa', 'Automation', '오토메이션'), ('Thiết bị điện', 'Electrical Equipment', '전기')]
VN_LEGAL = [('Công ty TNHH', 'Co., Ltd', 'Company Limited'), ('Công ty Cổ phần', 'JSC', 'Joint Stock Company')]
US_STEMS = [('Redwood', '레드우드'), ('Bayline', '베이라인'), ('Summit', '서밋'), ('Cascade', '캐스케이드'),
            ('Northgate', '노스게이트'), ('Lakeshore', '레이크쇼어'), ('Ironbridge', '아이언브리지'),
            ('Bluewater', '블루워터'), ('Keystone', '키스톤'), ('Silverline', '실버라인'), ('Crestview', '크레스트뷰'),
            ('Granite', '그래나이트'), ('Pinecrest', '파인크레스트'), ('Westfield', '웨스트필드'), ('Oakmont', '오크몬트')]
US_TRADES = [('Controls', '컨트롤즈', 'Ctrls'), ('Electronics', '일렉트로닉스', 'Elec.'),
             ('Industrial Supply', '인더스트리얼 서플라이', 'Ind. Supply'), ('Automation', '오토메이션', 'Auto.'),
             ('Components', '컴포넌츠', 'Comp.'), ('Technologies', '테크놀로지스', 'Tech.'),
             ('Power Systems', '파워시스템즈', 'Pwr. Sys.')]
US_LEGAL = ['LLC', 'Inc.', 'Corp.', 'Co.']
DEPTS = [('시설관리과', 'Facilities Management Division'), ('교통행정과', 'Transport Administration Division'),
         ('도시안전과', 'Urban Safety Division'), ('정보통신과', 'IT and Communications Division'),
         ('공원녹지과', 'Parks and Green Division'), ('재무과', 'Finance Division'), ('건축과', 'Building Division'),
         ('환경과', 'Environment Division'), ('스마트도시과', 'Smart City Division'), ('안전총괄과', 'Safety Division'),
         ('체육진흥과', 'Sports Division'), ('도로과', 'Roads Division'), ('치수과', 'Flood Control Division'),
         ('청소행정과', 'Sanitation Division')]
SCHOOL_LEVELS = [('초등학교', 'Elementary School', '초', 'es'), ('중학교', 'Middle School', '중', 'ms'),
                 ('고등학교', 'High School', '고', 'hs'), ('공업고등학교', 'Technical High School', '공고', 'hs'),
                 ('전자고등학교', 'Electronics High School', '전자고', 'hs'), ('여자중학교', "Girls' Middle School", '여중', 'ms')]
HOSP_FOUND = ['새봄', '늘푸른', '참사랑', '한사랑', '다나', '봄빛', '새생명', '한마음', '예손', '푸른솔', '해맑은', '밝은빛',
              '온세상', '열린', '햇살', '소망', '서울중앙', '동남권']
HOSP_KIND = [('병원', 'Hospital'), ('요양병원', 'Nursing Hospital'), ('재활병원', 'Rehabilitation Hospital'),
             ('여성병원', "Women's Hospital"), ('한방병원', 'Korean Medicine Hospital'), ('치과병원', 'Dental Hospital')]
CHURCH_DENOM = ['대한예수교장로회', '기독교대한감리회', '기독교한국침례회', '기독교대한성결교회', '대한예수교장로회(합동)']
CHURCH_PREF = ['', '', '', '새', '큰', '중앙', '온', '제일', '서울', '부산']
MARKET_DISTRICTS = ['용산구', '구로구', '금천구', '종로구', '중구', '부산진구', '사상구', '영등포구']


def reg(e):
    e['eid'] = new_eid()
    return e


def add_korean_contact(o, domain=None, title=True, mobile=0.6):
    p = make_korean_person(birth=R.randint(1962, 1998))
    p['title'] = pick(TITLES_STAFF) if title else None
    if chance(mobile):
        p['phones']['mobile'] = phone_kr('10')
    if domain and chance(0.7):
        fr, gp = person_rom_parts(p)
        p['emails'].append(new_person_email(fr, gp, p['birth'], domain=domain))
    o['contacts'].append(p)
    return p


def add_foreign_contact(o, nat, domain=None):
    if nat == 'jp':
        p = {'kind': 'person_japanese', 'org': False, 'fam_rom': pick(JP_FAM), 'giv_rom': pick(JP_GIV),
             'birth': R.randint(1960, 1995), 'emails': [], 'phones': {}, 'locs': []}
    elif nat == 'vn':
        p = make_expat_person('vn')
    else:
        p = make_expat_person('us')
    p['title'] = None
    if domain and chance(0.7):
        fr, gp = person_rom_parts(p)
        p['emails'].append(new_person_email(fr, gp, p['birth'], domain=domain))
    o['contacts'].append(p)
    return p


def org_main_phone(o, loc):
    if loc['cc'] == 'KR':
        area = DISTRICTS[loc['d']][2]
        o['phones']['main'] = phone_kr(area)
        if chance(0.55):
            o['phones']['fax'] = phone_near(o['phones']['main'], spread=False)
    else:
        cc = {'JP': '81', 'VN': '84', 'US': '1'}[loc['cc']]
        area = {'JP': lambda: loc['p'][7], 'VN': lambda: loc['p'][9], 'US': lambda: loc['p'][3]}[loc['cc']]()
        o['phones']['main'] = phone_foreign(cc, area)
        if chance(0.3) and cc != '1':
            o['phones']['fax'] = phone_near(o['phones']['main'], spread=False)


def make_corp(kind='org_corporation', stem=None, trade=None, district=None, sido=None):
    o = new_company(kind, stem=stem, trade=trade)
    if o['legal'] == 'llc' and kind == 'org_corporation':
        o['kind'] = 'org_llc'
    loc = new_loc_kr('office' if chance(0.7) else 'factory', district=district, sido=sido,
                     industrial=None)
    o['locs'].append(loc)
    org_main_phone(o, loc)
    if chance(0.12):
        o['phones']['rep'] = phone_kr('rep')
    n = 1 if chance(0.6) else 2
    for _ in range(n):
        add_korean_contact(o, o['domain'])
    if chance(0.65):
        o['emails'].append(role_email(o['domain']))
    else:
        c = o['contacts'][0]
        if c['emails']:
            o['emails'].append(c['emails'][0])
        else:
            o['emails'].append(role_email(o['domain']))
    return reg(o)


def make_branch(parent, br=None, factory=None):
    o = {k: parent[k] for k in ('stem', 'trade', 'legal', 'legal_ko', 'legal_en', 'stem_en', 'stem_alts', 'domain')}
    o.update({'org': True, 'contacts': [], 'emails': [], 'phones': {}, 'locs': [], 'parent': parent['eid']})
    if factory:
        o['kind'] = 'org_factory'
        o['suffix'] = (factory[0], factory[1])
        loc = new_loc_kr('factory', district=factory_district(factory[2]))
        roles = ['factory', 'plant', 'prod', 'qc', 'purchase2', ascii_lower(factory[1].split()[0])]
    else:
        o['kind'] = 'org_branch'
        o['suffix'] = (br[0], br[1])
        loc = new_loc_kr('office', sido=[br[2]])
        roles = [ascii_lower(br[1].split()[0]), 'branch', ascii_lower(br[1].split()[0]) + 'office', 'sales2']
    o['locs'].append(loc)
    org_main_phone(o, loc)
    if parent['phones'].get('rep') and chance(0.5):
        o['phones']['rep'] = parent['phones']['rep']
    add_korean_contact(o, o['domain'])
    o['emails'].append(role_email(o['domain'], roles))
    return reg(o)


def make_group(n_aff):
    stem = pick(KO_STEMS)
    canon_en, _ = stem_romans(stem)
    gdom = new_domain([ascii_lower(canon_en), 'group'])
    mailbox = role_email(gdom, ['acct', 'account', 'gyeongri', 'tax', 'finance', 'ap'])
    gphone = None
    hq = new_loc_kr('office', sido=['seoul', 'gyeonggi', 'busan'])
    trades = sample([t for t in TRADES if t[0] not in ('상사', 'E&C')], n_aff)
    affs = []
    shared_phone = chance(0.5)
    for i in range(n_aff):
        o = new_company('org_group_affiliate', stem=stem, trade=trades[i])
        o['group'] = {'stem': stem, 'domain': gdom, 'mailbox': mailbox}
        if i == 0 or chance(0.45):
            fl = R.randint(2, 20)
            loc = sub_unit(hq, '%d층' % fl, '%dF' % fl)
        else:
            loc = new_loc_kr('factory' if chance(0.5) else 'office', industrial=True)
        o['locs'].append(loc)
        if loc.get('road') == hq['road'] and loc['no'] == hq['no'] and gphone is None:
            gphone = phone_kr(DISTRICTS[hq['d']][2])
        org_main_phone(o, loc)
        if shared_phone and gphone and chance(0.6):
            o['phones']['main'] = gphone
        add_korean_contact(o, o['domain'])
        o['emails'].append(mailbox if chance(0.85) else role_email(o['domain']))
        affs.append(reg(o))
    return {'stem': stem, 'domain': gdom, 'mailbox': mailbox, 'hq': hq, 'gphone': gphone, 'members': affs,
            'shared_phone': shared_phone, 'used_trades': [t[0] for t in trades]}


def group_extra_affiliate(g):
    trades = [t for t in TRADES if t[0] not in g['used_trades'] and t[0] not in ('상사', 'E&C')]
    tr = pick(trades)
    g['used_trades'].append(tr[0])
    o = new_company('org_group_affiliate', stem=g['stem'], trade=tr)
    o['group'] = {'stem': g['stem'], 'domain': g['domain'], 'mailbox': g['mailbox']}
    if chance(0.5):
        fl = R.randint(2, 20)
        loc = sub_unit(g['hq'], '%d층' % fl, '%dF' % fl)
    else:
        loc = new_loc_kr('factory', industrial=True)
    o['locs'].append(loc)
    org_main_phone(o, loc)
    if g['shared_phone'] and g['gphone'] and chance(0.5):
        o['phones']['main'] = g['gphone']
    add_korean_contact(o, o['domain'])
    o['emails'].append(g['mailbox'])
    return reg(o)


def make_sole_prop(stem=None, trade=None, district=None, loc=None):
    st = stem or pick(KO_STEMS)
    tr = trade or pick(SHOP_TRADES)
    canon_en, alts = stem_romans(st)
    o = {'kind': 'org_sole_proprietor', 'org': True, 'stem': st, 'trade': tr, 'stem_en': canon_en,
         'stem_alts': alts, 'contacts': [], 'emails': [], 'phones': {}, 'locs': []}
    if loc is None:
        if district is None and chance(0.6):
            district = district_index(pick(MARKET_DISTRICTS))
        loc = new_loc_kr('shop' if chance(0.7) else 'factory', district=district)
    o['locs'].append(loc)
    owner = make_korean_person(birth=R.randint(1950, 1990))
    owner['title'] = pick(['사장', '대표', '사장님', '대표님'])
    owner['phones']['mobile'] = phone_kr('10')
    o['contacts'].append(owner)
    if chance(0.75):
        org_main_phone(o, loc)
    o['phones']['mobile'] = owner['phones']['mobile']
    if chance(0.75):
        tok = ascii_lower(canon_en)
        local = pick([tok + tr[3], tok + '_' + tr[3], tok + tr[3] + '%02d' % R.randrange(100), tok + str(R.randrange(10, 99)),
                      tok + 'shop'])
        e = None
        for _ in range(20):
            e = reg_email('%s@%s' % (local, free_domain()))
            if e:
                break
            local = tok + tr[3] + str(R.randrange(100, 999))
        o['emails'].append(e)
    else:
        fr, gp = person_rom_parts(owner)
        o['emails'].append(new_person_email(fr, gp, owner['birth']))
    return reg(o)


def make_agent():
    """a purchasing agent (구매대행) / tax agent (세무사 사무소) that handles several small customers"""
    st = pick(KO_STEMS)
    canon_en, _ = stem_romans(st)
    kind = pick([('구매대행', 'buy'), ('세무회계', 'tax'), ('세무사사무소', 'taxoffice'), ('상사 구매팀', 'gumae')])
    dom = new_domain([ascii_lower(canon_en), kind[1]]) if chance(0.5) else None
    if dom:
        mailbox = role_email(dom, ['office', 'tax', 'order', 'buy', 'help'])
    else:
        mailbox = None
        while not mailbox:
            mailbox = reg_email('%s%s%d@%s' % (ascii_lower(canon_en), kind[1], R.randrange(1, 99),
                                                 pick(['naver.com', 'hanmail.net', 'daum.net'])))
    di = pick_district('org')
    ph = phone_kr(DISTRICTS[di][2])
    return {'name': st + kind[0], 'mailbox': mailbox, 'phone': ph, 'district': di}


def make_agent_client(agent):
    used = agent.setdefault('clients', [])
    while True:
        st, tr = pick(KO_STEMS), pick(SHOP_TRADES)
        if st + tr[0] not in used:
            used.append(st + tr[0])
            break
    o = make_sole_prop(stem=st, trade=tr, district=agent['district'] if chance(0.5) else None)
    o['agent'] = agent
    o['emails'] = [agent['mailbox']]
    if chance(0.8):
        o['phones']['main'] = agent['phone']
        o['phones'].pop('fax', None)
    else:
        o['phones']['main2'] = agent['phone']
    return o


def make_mgmt_company():
    st = pick(KO_STEMS)
    canon_en, _ = stem_romans(st)
    if chance(0.6):
        dom = new_domain([ascii_lower(canon_en), 'hm'])
        mailbox = role_email(dom, ['office', 'mgmt', 'apt', 'admin', 'help'])
    else:
        mailbox = None
        while not mailbox:
            mailbox = reg_email('%shm%d@%s' % (ascii_lower(canon_en), R.randrange(1, 99),
                                               pick(['naver.com', 'hanmail.net', 'daum.net'])))
    di = pick_district('person', sido=['seoul', 'gyeonggi', 'busan', 'incheon'])
    return {'name': st + '주택관리', 'mailbox': mailbox, 'phone': phone_kr(DISTRICTS[di][2]), 'district': di,
            'sido': DISTRICTS[di][0], 'used': []}


def make_apt_office(m):
    for _ in range(100):
        st = pick(BLDG_STEMS + KO_STEMS[:40])
        w = pick([('마을', 'Maeul'), ('파크', 'Park'), ('타운', 'Town'), ('힐스', 'Hills'), ('그린빌', 'Greenville'),
                  ('하이츠', 'Heights'), ('아파트', 'Apartment')])
        n = R.randint(1, 7) if chance(0.5) else None
        cx = st + w[0] + ('%d단지' % n if n else '')
        if w[0] not in ('아파트',) and chance(0.4):
            cx += '아파트'
        if cx not in m['used']:
            break
    m['used'].append(cx)
    cxe = '%s %s%s' % (stem_en_of(st), w[1], (' Complex %d' % n) if n else '')
    o = {'kind': 'org_apartment_office', 'org': True, 'complex': cx, 'complex_en': cxe, 'mgmt': m,
         'contacts': [], 'emails': [m['mailbox']], 'phones': {}, 'locs': []}
    loc = new_loc_kr('aptoffice', district=m['district'] if chance(0.5) else
                     pick_district('person', sido=[m['sido']]), bldg=(cx, cxe))
    o['locs'].append(loc)
    if chance(0.6):
        o['phones']['main'] = m['phone']
        o['phones']['office'] = phone_kr(DISTRICTS[loc['d']][2])
    else:
        o['phones']['main'] = phone_kr(DISTRICTS[loc['d']][2])
    c = add_korean_contact(o, None, title=False)
    c['title'] = pick(['소장', '과장', '주임', '소장님'])
    return reg(o)


def make_public_body():
    while True:
        di = pick_district('org')
        d = DISTRICTS[di]
        if d[0] != 'chungnam':
            break
    last = d[1].split()[-1]
    body = last + '청'
    sgg_e = sigungu_en(d[1])[0]
    if last.endswith('시'):
        body_en = sgg_e.replace('-si', '') + ' City Hall'
    elif last.endswith('군'):
        body_en = sgg_e + ' Office'
    else:
        body_en = sgg_e + ' Office'
    loc = new_loc_kr('public', district=di)
    main = phone_kr(d[2])
    return {'body': body, 'body_en': body_en, 'sido_full': SIDO[d[0]][0], 'loc': loc, 'main': main,
            'used': [], 'district': di, 'sgg_full': d[1]}


def make_public_dept(b):
    dept = pick([x for x in DEPTS if x[0] not in b['used']])
    b['used'].append(dept[0])
    o = {'kind': 'org_public_department', 'org': True, 'body': b['body'], 'body_en': b['body_en'],
         'sido_full': b['sido_full'], 'sgg_full': b['sgg_full'], 'dept': dept, 'bodyref': b, 'contacts': [], 'emails': [], 'phones': {},
         'locs': []}
    fl = R.randint(2, 12)
    o['locs'].append(sub_unit(b['loc'], '%d층' % fl, '%dF' % fl))
    o['phones']['main'] = phone_near(b['main'])
    if chance(0.4):
        o['phones']['fax'] = phone_near(o['phones']['main'])
    c = add_korean_contact(o, None)
    c['title'] = pick(['주무관', '팀장', '주무관', '과장'])
    fr, gp = person_rom_parts(c)
    o['emails'].append(new_person_email(fr, gp, c['birth'], domain='korea.kr'))
    return reg(o)


def make_school(stem=None, pref=None, level=None, loc=None, district=None):
    st = stem or pick(KO_STEMS)
    lv = level or pick(SCHOOL_LEVELS)
    if district is None:
        district = pick_district('person')
    d = DISTRICTS[district]
    if pref is None:
        pref = SIDO[d[0]][1] if chance(0.5) and d[0] != 'gyeonggi' else ''
    canon_en, _ = stem_romans(st)
    o = {'kind': 'org_school', 'org': True, 'stem': st, 'pref': pref, 'level': lv,
         'stem_en': (cap(rr_word(pref)) + ' ' + canon_en) if pref else canon_en,
         'contacts': [], 'emails': [], 'phones': {}, 'locs': []}
    o['locs'].append(loc or new_loc_kr('campus', district=district))
    org_main_phone(o, o['locs'][0])
    dom = new_domain([ascii_lower(o['stem_en'].replace(' ', '')) + lv[3][0]], tld='.%s.kr' % lv[3])
    o['domain'] = dom
    c = add_korean_contact(o, None)
    c['title'] = pick(['행정실장', '주무관', '선생님', '부장'])
    fr, gp = person_rom_parts(c)
    o['emails'].append(role_email(dom, ['admin', 'office', 'haengjeong', 'school']) if chance(0.6) else
                       new_person_email(fr, gp, c['birth']))
    return reg(o)


def make_hospital(found=None, hk=None, district=None, domain=None, full=True):
    fd = found or pick(HOSP_FOUND)
    k = hk or HOSP_KIND[0]
    canon_en, _ = stem_romans(fd)
    o = {'kind': 'org_hospital', 'org': True, 'found': fd, 'hname': fd + k[0],
         'hname_en': '%s %s' % (canon_en, k[1]), 'contacts': [], 'emails': [], 'phones': {}, 'locs': []}
    o['found_full'] = '의료법인 %s의료재단 %s' % (fd, o['hname']) if full else None
    o['domain'] = domain or new_domain([ascii_lower(canon_en)], tld='.or.kr')
    o['locs'].append(new_loc_kr('campus', district=district if district is not None else pick_district('person')))
    org_main_phone(o, o['locs'][0])
    o['emails'].append(role_email(o['domain'], ['purchase', 'gumae', 'admin', 'facility', 'sisul', 'acct', 'ward',
                                                'it', 'equipment']))
    c = add_korean_contact(o, o['domain'])
    c['title'] = pick(['시설팀장', '계장', '주임', '과장'])
    return reg(o)


def make_church(stem=None, pref=None, district=None, denom=None):
    st = stem or pick(KO_STEMS)
    pf = pref if pref is not None else pick(CHURCH_PREF)
    cname = pf + st + '교회'
    canon_en, _ = stem_romans(pf + st) if has_hangul(pf + st) else (st, [])
    o = {'kind': 'org_church', 'org': True, 'cname': cname, 'cname_en': '%s Church' % canon_en,
         'denom': denom or pick(CHURCH_DENOM), 'stem': st, 'pref': pf,
         'contacts': [], 'emails': [], 'phones': {}, 'locs': []}
    o['locs'].append(new_loc_kr('campus', district=district if district is not None else pick_district('person')))
    org_main_phone(o, o['locs'][0])
    c = add_korean_contact(o, None)
    c['title'] = pick(['목사님', '전도사', '집사', '관리집사', '간사'])
    fr, gp = person_rom_parts(c)
    o['emails'].append(new_person_email(fr, gp, c['birth']))
    return reg(o)


def make_export(cc):
    if cc == 'JP':
        o = {'kind': 'org_export_jp', 'jp_stem': pick(JP_STEMS), 'jp_trade': pick(JP_TRADES)}
        tok = [ascii_lower(o['jp_stem'][0]), ascii_lower(o['jp_trade'][0])]
        tld = '.co.jp'
    elif cc == 'VN':
        o = {'kind': 'org_export_vn', 'vn_stem': pick(VN_STEMS), 'vn_trade': pick(VN_TRADES), 'vn_legal': pick(VN_LEGAL)}
        tok = [ascii_lower(o['vn_stem'][0]), ascii_lower(o['vn_trade'][1])[:4]]
        tld = pick(['.com.vn', '.vn', '.com'])
    else:
        o = {'kind': 'org_export_us', 'us_stem': pick(US_STEMS), 'us_trade': pick(US_TRADES), 'us_legal': pick(US_LEGAL)}
        tok = [ascii_lower(o['us_stem'][0]), ascii_lower(o['us_trade'][0])[:5]]
        tld = '.com'
    o.update({'org': True, 'contacts': [], 'emails': [], 'phones': {}, 'locs': []})
    o['domain'] = new_domain(tok, tld=tld)
    loc = new_loc_foreign(cc)
    o['locs'].append(loc)
    org_main_phone(o, loc)
    c = add_foreign_contact(o, cc.lower(), o['domain'])
    if chance(0.3):
        kc = add_korean_contact(o, o['domain'])
    o['emails'].append(role_email(o['domain'], ['purchasing', 'sales', 'info', 'order', 'procurement', 'ap',
                                                'import']) if chance(0.5) or not c['emails'] else c['emails'][0])
    return reg(o)


def make_subsidiary(parent, cc):
    """a Korean company's overseas subsidiary: a separate legal entity"""
    se = parent['stem_en']
    o = {'kind': 'org_overseas_subsidiary', 'org': True, 'parent': parent['eid'], 'cc': cc,
         'contacts': [], 'emails': [], 'phones': {}, 'locs': []}
    tr = parent['trade']
    if cc == 'VN':
        o['sub_en'] = '%s Vina Co., Ltd.' % se
        o['sub_en_short'] = '%s Vina' % se
        o['sub_ko'] = '%s비나' % parent['stem']
        tld = '.com.vn'
    elif cc == 'US':
        o['sub_en'] = '%s America, Inc.' % se
        o['sub_en_short'] = '%s America' % se
        o['sub_ko'] = '%s아메리카' % parent['stem']
        tld = '.com'
    else:
        o['sub_en'] = '%s Japan Co., Ltd.' % se
        o['sub_en_short'] = '%s Japan' % se
        o['sub_ko'] = '%s재팬' % parent['stem']
        tld = '.co.jp'
    o['stem'] = parent['stem']
    o['domain'] = new_domain([ascii_lower(se), {'VN': 'vina', 'US': 'us', 'JP': 'jp'}[cc]], tld=tld)
    loc = new_loc_foreign(cc)
    o['locs'].append(loc)
    org_main_phone(o, loc)
    add_korean_contact(o, o['domain'])
    o['emails'].append(role_email(o['domain'], ['admin', 'purchasing', 'info', 'acct']))
    return reg(o)


# ----------------------------------------------------------------- record specs and rendering
EXPORT_KINDS = ('org_export_jp', 'org_export_vn', 'org_export_us', 'org_overseas_subsidiary')


def is_foreign(e):
    if e['org']:
        return e['kind'] in EXPORT_KINDS
    return bool(e['locs']) and e['locs'][0]['cc'] != 'KR'


def choose_var(vars_, script_w, cat_w=None, exclude_text=None):
    cands = []
    for v in vars_:
        if exclude_text is not None and v_text(v) == exclude_text:
            continue
        sw = script_w.get(v['script'], 0)
        if not sw:
            continue
        cw = cat_w.get(v['cat'], cat_w.get('*', 1.0)) if cat_w else (2.0 if v['cat'] == 'canon' else 1.0)
        if cw:
            cands.append((v, sw * cw))
    if not cands:
        return None
    return wpick(cands)


def v_text(v):
    return v['text'] if 'text' in v else v['disp']


def name_vars(e):
    if '_nv' not in e:
        e['_nv'] = org_name_vars(e) if e['org'] else person_name_vars(e)
    return e['_nv']


def contact_vars(c):
    if '_nv' not in c:
        c['_nv'] = person_name_vars(c)
    return c['_nv']


CONTACT_CW = {'canon': 6, 'order': 2, 'case': 1, 'romanisation': 0.7, 'english_name': 1, 'spacing': 0.5, '*': 0.3}


def pick_org_name(e, source):
    V = name_vars(e)
    fo = is_foreign(e)
    if source == 'qbo':
        sw = {'en': 1, 'ja': 0.05, 'vi': 0.1, 'ko': 0.05} if fo else {'ko': 1, 'en': 0.03}
        cw = {'canon': 8, 'legal_form': 1, 'legal_dropped': 0.6, 'suffix_dropped': 0, 'short_form': 0, '*': 0.2}
    elif source == 'korean_order':
        sw = {'en': 1, 'ko': 0.6, 'ja': 0.3, 'vi': 0.3} if fo else {'ko': 1}
        cw = {'canon': 3, 'legal_form': 2, 'legal_dropped': 1, 'fullwidth': 0.2, 'short_form': 0.15, 'spacing': 0.5,
              'suffix_dropped': 0.15, 'format': 0.8, '*': 0.5}
    elif source == 'export_desk':
        sw = {'en': 1, 'vi': 0.3, 'ja': 0.2} if fo else {'en': 1, 'ko': 0.08}
        cw = {'canon': 3, 'legal_form': 2, 'case': 1.5, 'abbreviation': 1, 'romanisation': 1, 'romanised_trade': 0.7,
              'legal_dropped': 1, 'translated': 1, '*': 0.5}
    elif source == 'sales_rep':
        sw = {'en': 1, 'ko': 1} if fo else {'ko': 1}
        cw = {'legal_dropped': 3, 'short_form': 1, 'canon': 1.5, 'spacing': 0.5, 'abbreviation': 0.6, '*': 0.4}
    else:
        sw = {'en': 1} if fo else {'ko': 1, 'en': 0.4}
        cw = {'canon': 2, 'legal_form': 2, 'case': 2, 'abbreviation': 1, '*': 0.3}
    return choose_var(V, sw, cw) or V[0]


def pick_person_name(e, source):
    V = name_vars(e)
    if e['kind'] == 'person_korean':
        sw = {'qbo': {'ko': 0.92, 'rom': 0.08}, 'korean_order': {'ko': 1, 'rom': 0.04},
              'export_desk': {'rom': 1, 'ko': 0.05}, 'sales_rep': {'ko': 1}, 'old_erp': {'ko': 0.6, 'rom': 0.4}}[source]
        cw = {'canon': 6, 'spacing': 0.3, 'order': 2, 'case': 1 if source == 'old_erp' else 0.3, 'romanisation': 3,
              'english_name': 1.5, 'initials': 0.1}
    else:
        sw = {'qbo': {'rom': 1, 'ko': 0.4, 'zh': 0.05, 'vi': 0.6}, 'korean_order': {'ko': 1, 'rom': 0.7, 'vi': 0.3, 'zh': 0.1},
              'export_desk': {'rom': 1, 'vi': 0.4}, 'sales_rep': {'ko': 1, 'rom': 0.5},
              'old_erp': {'rom': 1, 'ko': 0.4}}[source]
        cw = {'canon': 6, 'case': 1 if source == 'old_erp' else 0.3, '*': 0.6}
    return choose_var(V, sw, cw) or V[0]


def email_refs(e):
    refs = [('e', i) for i in range(len(e['emails']))]
    for ci, c in enumerate(e.get('contacts', [])):
        for j in range(len(c['emails'])):
            refs.append(('c', ci, j))
    return refs


def get_email(e, ref):
    if ref[0] == 'e':
        return e['emails'][ref[1]]
    return e['contacts'][ref[1]]['emails'][ref[2]]


def phone_refs(e):
    refs, seen = [], []
    for k in e['phones']:
        if k != 'fax' and phone_key(e['phones'][k]) not in seen:
            refs.append(('e', k))
            seen.append(phone_key(e['phones'][k]))
    for ci, c in enumerate(e.get('contacts', [])):
        for k in c['phones']:
            if phone_key(c['phones'][k]) not in seen:
                refs.append(('c', ci, k))
                seen.append(phone_key(c['phones'][k]))
    return refs


def is_mobile(ph):
    return (ph['cc'] == '82' and ph['g'][0] == '10') or (ph['cc'] == '84' and len(ph['g'][0]) == 2 and
                                                           ph['g'][0][0] in '9')


def get_phone(e, ref):
    if ref[0] == 'e':
        return e['phones'][ref[1]]
    return e['contacts'][ref[1]]['phones'][ref[2]]


PHONE_FMT_W = {
    'qbo': [('dash', 80), ('paren', 5), ('space', 4), ('intl', 4), ('plain', 4), ('dot', 3)],
    'korean_order': [('dash', 70), ('plain', 25), ('dot', 5)],
    'export_desk': [('intl', 30), ('intl_sp', 25), ('intl_0', 12), ('intl_0d', 8), ('intl_plain', 5), ('cc_dash', 10),
                    ('dash', 10)],
    'sales_rep': [('plain', 40), ('dash', 40), ('space', 10), ('dot', 10)],
    'old_erp': [('paren2', 35), ('paren', 25), ('dash', 30), ('plain', 10)],
}
ADDR_STYLE_W = {
    'qbo': [('qbo_road', 72), ('oneline', 14), ('order_full', 9), ('erp_jibun', 5)],
    'korean_order': [('order_full', 60), ('oneline', 25), ('qbo_road', 15)],
    'export_desk': [('en_road', 85), ('en_jibun', 15)],
    'sales_rep': [('rep_terse', 100)],
    'old_erp': [('erp_jibun', 82), ('en_jibun', 10), ('oneline', 8)],
}
COUNTRY_W = {
    'qbo': [('KR', 4), ('대한민국', 2), ('South Korea', 1), (None, 3)],
    'korean_order': [(None, 5), ('대한민국', 3), ('KR', 1), ('한국', 1)],
    'export_desk': [('Korea', 3), ('South Korea', 3), ('Republic of Korea', 2), ('KOREA', 1), ('Korea, Republic of', 1),
                    ('KR', 1)],
    'sales_rep': [(None, 1)],
    'old_erp': [('KR', 3), (None, 4), ('한국', 1), ('KOREA', 1)],
}


def country_form(cc, source):
    if cc == 'KR':
        return wpick(COUNTRY_W[source])
    f = COUNTRY_FORMS[cc]
    if source == 'qbo':
        return pick([f['iso'], f['iso'], f['en'][0]])
    if source == 'korean_order':
        return wpick([(f['ko'][0], 5), (f['iso'], 3), (f['en'][0], 2)])
    if source == 'export_desk':
        return wpick([(pick(f['en']), 7), (f['iso'], 3)])
    if source == 'sales_rep':
        return wpick([(None, 1), (f['ko'][0], 1)])
    return wpick([(f['iso'], 1), (f['en'][0].upper(), 1)])


def addr_subchoices(loc, source):
    v = {'sido': R.randrange(12), 'bldg': chance(0.75), 'unit': chance(0.88), 'dong': chance(0.65),
         'city': chance(0.75), 'post': chance(0.92), 'comma': chance(0.3), 'jibun': chance(0.25),
         'region': chance(0.5), 'long': chance(0.3), 'mark': chance(0.2), 'street_word': chance(0.7),
         'one_line': chance(0.3)}
    if loc['cc'] in ('JP', 'VN'):
        v['native'] = chance({'qbo': 0.1, 'korean_order': 0.3, 'export_desk': 0.25, 'sales_rep': 0.1,
                              'old_erp': 0.05}[source])
        if loc['cc'] == 'VN':
            v['post'] = chance(0.35)
    v['country'] = country_form(loc['cc'], source)
    return v


def base_spec(e, source):
    s = {'source': source}
    fo = is_foreign(e)
    if e['org']:
        s['nm'] = pick_org_name(e, source)
        s['disp'] = {'qbo': lambda: wpick([('co', 92), ('co_contact', 5), ('co_title', 3)]),
                     'korean_order': lambda: wpick([('co', 90), ('co_contact', 10)]),
                     'export_desk': lambda: 'co',
                     'sales_rep': lambda: wpick([('co_title', 50), ('co', 30), ('co_contact', 20)]),
                     'old_erp': lambda: 'co'}[source]()
        pc = {'qbo': 0.6, 'korean_order': 0.8, 'export_desk': 0.6, 'sales_rep': 0.9, 'old_erp': 0.3}[source]
        if e['contacts'] and (chance(pc) or s['disp'] != 'co'):
            ci = 0 if chance(0.75) else R.randrange(len(e['contacts']))
            s['contact'] = ci
            c = e['contacts'][ci]
            want = 'ko' if s['nm']['script'] == 'ko' else 'rom'
            cv = choose_var(contact_vars(c), {want: 1}, CONTACT_CW) or \
                choose_var(contact_vars(c), {'rom': 1, 'ko': 1, 'vi': 1}, CONTACT_CW)
            s['cnm'] = cv
            s['csplit'] = wpick([('proper', 90), ('all_given', 7), ('swapped', 3)])
            if s['disp'] == 'co_title' and not c.get('title'):
                s['disp'] = 'co_contact'
        else:
            s['contact'] = None
            s['cnm'] = None
            if s['disp'] != 'co':
                s['disp'] = 'co'
    else:
        s['nm'] = pick_person_name(e, source)
        s['split'] = {'qbo': lambda: wpick([('proper', 85), ('all_given', 8), ('none', 7)]),
                      'korean_order': lambda: wpick([('proper', 85), ('all_given', 10), ('swapped', 5)]),
                      'export_desk': lambda: wpick([('proper', 90), ('swapped', 10)]),
                      'sales_rep': lambda: wpick([('none', 50), ('all_given', 30), ('proper', 20)]),
                      'old_erp': lambda: wpick([('all_given', 40), ('proper', 40), ('swapped', 20)])}[source]()
        s['honor'] = None
        if source == 'sales_rep' and s['nm']['script'] == 'ko' and chance(0.6):
            s['honor'] = e.get('title') or '님'
        elif source == 'korean_order' and s['nm']['script'] == 'ko' and chance(0.04):
            s['honor'] = '님'
    # e-mail
    pe = {'qbo': 0.92, 'korean_order': 0.88, 'export_desk': 0.85, 'sales_rep': 0.35, 'old_erp': 0.5}[source]
    erefs = email_refs(e)
    if erefs and chance(pe):
        s['email'] = erefs[0] if (chance(0.85) or len(erefs) == 1) else pick(erefs)
    else:
        s['email'] = None
    # phones
    prefs = phone_refs(e)
    s['phones'] = []
    if prefs:
        if e['org']:
            main = [r for r in prefs if r[0] == 'e' and r[1] in ('main', 'rep')] or prefs[:1]
            cm = [r for r in prefs if r[0] == 'c' and (s.get('contact') is None or r[1] == s.get('contact'))]
            if source == 'sales_rep' and cm and chance(0.6):
                first = cm[0]
            elif e['phones'].get('rep') and chance(0.3):
                first = ('e', 'rep')
            else:
                first = ('e', 'main') if ('e', 'main') in prefs else main[0]
            s['phones'].append(first)
            if chance(0.12) and len(prefs) > 1:
                other = [r for r in prefs if r != first]
                s['phones'].append(pick(other))
        else:
            home = ('e', 'home') if 'home' in e['phones'] else None
            if source == 'old_erp' and home:
                s['phones'].append(home)
            else:
                s['phones'].append(('e', 'mobile'))
                if home and chance(0.2 if source == 'qbo' else 0.08):
                    s['phones'].append(home)
    pp = {'qbo': 0.95, 'korean_order': 0.95, 'export_desk': 0.8, 'sales_rep': 0.95, 'old_erp': 0.8}[source]
    if not chance(pp):
        s['phones'] = []
    s['ph_fmt'] = wpick(PHONE_FMT_W[source]) if not fo else wpick([('intl', 3), ('intl_sp', 3), ('dash', 2),
                                                                      ('intl_0', 1)])
    s['ph_extra'] = None
    if s['phones'] and chance({'qbo': 0.15, 'korean_order': 0.05, 'export_desk': 0.1, 'sales_rep': 0.05,
                               'old_erp': 0.2}[source]):
        land = not is_mobile(get_phone(e, s['phones'][0]))
        s['ph_extra'] = wpick([('fax', 2 if 'fax' in e['phones'] else 0), ('ext', 2 if e['org'] and land else 0),
                               ('range', 0.5 if e['org'] and land else 0), ('none', 0.01)])
        if s['ph_extra'] == 'none':
            s['ph_extra'] = None
        s['ext'] = str(R.randint(100, 399)) if chance(0.8) else str(R.randint(10, 99))
        s['ext_fmt'] = pick([' (내선 %s)', ' 내선%s', ' ext. %s', ' (ext %s)', ' 내선 %s'])
        s['fax_fmt'] = pick([' / F. %s', ' / FAX %s', ' (FAX %s)', ' 팩스 %s', ' / F:%s'])
    # address
    pa = {'qbo': 0.86, 'korean_order': 0.92, 'export_desk': 0.88, 'sales_rep': 0.55, 'old_erp': 0.75}[source]
    if e['org']:
        pa = min(1.0, pa + 0.06)
    if e['locs'] and chance(pa):
        s['addr'] = 0
    else:
        s['addr'] = None
    loc = e['locs'][0] if e['locs'] else None
    s['astyle'] = wpick(ADDR_STYLE_W[source]) if loc is not None and loc['cc'] == 'KR' else source
    s['av'] = addr_subchoices(loc, source) if loc is not None else {}
    s['post'] = []
    return s


def person_fields(e, s):
    nv = s['nm']
    disp, giv, fam = nv['disp'], nv['giv'], nv['fam']
    sp = s.get('split', 'proper')
    if sp == 'swapped':
        giv, fam = fam, giv
    elif sp == 'all_given':
        giv, fam = disp, None
    elif sp == 'none':
        giv, fam = None, None
    h = s.get('honor')
    if h:
        if s.get('title_only') and nv['script'] == 'ko' and e['kind'] == 'person_korean':
            disp = e['fam'] + h
            giv = None
        else:
            disp = disp + ('' if h in ('님', '씨') else ' ') + h
    return disp, giv, fam


def render(e, s):
    c = {'displayName': None, 'givenName': None, 'familyName': None, 'companyName': None, 'email': None,
         'phone': None, 'address': None}
    if e['org']:
        co = s['nm']['text']
        c['companyName'] = co
        cv = s.get('cnm')
        if cv:
            g, f = cv['giv'], cv['fam']
            sp = s.get('csplit', 'proper')
            if sp == 'swapped':
                g, f = f, g
            elif sp == 'all_given':
                g, f = cv['disp'], None
            c['givenName'], c['familyName'] = g, f
        d = s.get('disp', 'co')
        if d == 'co_contact' and cv:
            disp = '%s (%s)' % (co, cv['disp'])
        elif d == 'co_title' and cv:
            ct = e['contacts'][s['contact']]
            if cv['script'] == 'ko':
                disp = '%s %s%s' % (co, cv['fam'], ct.get('title') or '님')
            else:
                disp = '%s (%s)' % (co, cv['disp'])
        else:
            disp = co
    else:
        disp, g, f = person_fields(e, s)
        c['givenName'], c['familyName'] = g, f
    if s.get('disp_extra'):
        disp = disp + s['disp_extra']
    c['displayName'] = disp
    if s.get('email') is not None:
        c['email'] = get_email(e, s['email'])
    if s['phones']:
        parts = [fmt_phone(get_phone(e, r), s['ph_fmt']) for r in s['phones']]
        txt = parts[0]
        ex = s.get('ph_extra')
        if ex == 'ext':
            txt += s['ext_fmt'] % s['ext']
        elif ex == 'range':
            last = parts[0][-1]
            txt += '~%d' % ((int(last) + 1) % 10) if last.isdigit() else ''
        if len(parts) > 1:
            txt += ' / ' + ' / '.join(parts[1:])
        if ex == 'fax' and 'fax' in e['phones']:
            txt += s['fax_fmt'] % fmt_phone(e['phones']['fax'], s['ph_fmt'])
        c['phone'] = txt
    if s.get('addr') is not None:
        c['address'] = render_addr(e['locs'][s['addr']], s['astyle'], s['av'])
    for op in s.get('post', []):
        apply_post(c, op)
    for k in ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone'):
        c[k] = clean(c[k])
    if c['displayName'] is None:
        c['displayName'] = c['companyName'] or ' '.join(x for x in [c['givenName'], c['familyName']] if x) or '(이름없음)'
    if c['address']:
        c['address'] = addr_dict(**{'line1': c['address']['line1'], 'line2': c['address']['line2'],
                                    'city': c['address']['city'], 'region': c['address']['region'],
                                    'postal': c['address']['postalCode'], 'country': c['address']['country']})
    return c


NAME_FIELDS = ('displayName', 'givenName', 'familyName', 'companyName')


def apply_post(c, op):
    kind = op[0]
    if kind == 'upper':
        for k in NAME_FIELDS:
            if c[k]:
                c[k] = c[k].upper()
        if c['email'] and op[1]:
            c['email'] = c['email'].upper()
        if c['address'] and op[1]:
            c['address'] = {k: (v.upper() if v else v) for k, v in c['address'].items()}
    elif kind == 'accents':
        for k in NAME_FIELDS:
            if c[k]:
                c[k] = strip_accents(c[k])
        if c['address']:
            c['address'] = {k: (strip_accents(v) if v else v) for k, v in c['address'].items()}
    elif kind == 'mojibake':
        for k in op[1]:
            if c[k]:
                c[k] = mojibake(c[k])
    elif kind == 'ime':
        if c['displayName']:
            c['displayName'] = ime_wrong_mode(c['displayName'])
    elif kind == 'spacing':
        if c['displayName']:
            c['displayName'] = op[1](c['displayName'])
    elif kind == 'phone_fullwidth':
        if c['phone']:
            c['phone'] = fullwidth(c['phone'])
    elif kind == 'phone_digit':
        if c['phone']:
            c['phone'] = digit_off(c['phone'], op[1])
    elif kind == 'email_typo':
        if c['email']:
            c['email'] = email_typo(c['email'], op[1])
    elif kind == 'email_case':
        if c['email']:
            c['email'] = op[1](c['email'])
    elif kind == 'addr_typo':
        if c['address']:
            c['address'] = addr_typo(c['address'], op[1])


def digit_off(ph, seed):
    rr = random.Random(seed)
    idx = [i for i, ch in enumerate(ph) if ch.isdigit()]
    cand = idx[-7:] if len(idx) >= 7 else idx
    mode = rr.choice(['sub', 'swap'])
    i = rr.choice(cand[:-1]) if mode == 'swap' else rr.choice(cand)
    if mode == 'swap':
        j = idx[idx.index(i) + 1]
        if ph[i] != ph[j]:
            return ph[:i] + ph[j] + ph[i + 1:j] + ph[i] + ph[j + 1:]
    d = int(ph[i])
    nd = (d + rr.choice([1, 9, 2, 8])) % 10
    return ph[:i] + str(nd) + ph[i + 1:]


DOMAIN_TYPO = {'naver.com': ['naver.co', 'navar.com', 'naver.con', 'nave.com', 'naver.co.kr'],
               'gmail.com': ['gmial.com', 'gmail.co', 'gamil.com', 'gmail.con', 'gmai.com'],
               'hanmail.net': ['hanmail.com', 'hanmial.net', 'hanmail.ne', 'hanmai.net'],
               'daum.net': ['daum.com', 'duam.net', 'daum.ne'],
               'nate.com': ['nate.co', 'nate.con', 'neta.com']}


def email_typo(em, seed):
    rr = random.Random(seed)
    local, dom = em.split('@', 1)
    if dom.lower() in DOMAIN_TYPO and rr.random() < 0.5:
        return local + '@' + rr.choice(DOMAIN_TYPO[dom.lower()])
    pos = [i for i, ch in enumerate(local) if ch.isalpha()]
    if len(pos) < 3:
        return local + local[-1] + '@' + dom
    i = rr.choice(pos[1:])
    op = rr.choice(['del', 'dup', 'swap', 'dot'])
    if op == 'del':
        local = local[:i] + local[i + 1:]
    elif op == 'dup':
        local = local[:i] + local[i] + local[i:]
    elif op == 'swap' and i + 1 < len(local) and local[i + 1] != local[i]:
        local = local[:i] + local[i + 1] + local[i] + local[i + 2:]
    else:
        local = local.replace('.', '', 1) if '.' in local else local.replace('_', '', 1) if '_' in local else local[:i] + '.' + local[i:]
    return local + '@' + dom


def addr_typo(a, seed):
    rr = random.Random(seed)
    a = dict(a)
    fields = [k for k in ('line1', 'city', 'line2') if a.get(k)]
    k = fields[0] if rr.random() < 0.75 else rr.choice(fields)
    s = a[k]
    st = R.getstate()
    R.seed(seed)
    hpos = [i for i, ch in enumerate(s) if is_hangul(ch)]
    lpos = [i for i, ch in enumerate(s) if ch.isascii() and ch.isalpha()]
    if hpos:
        i = R.choice(hpos)
        s = s[:i] + typo_hangul_char(s[i]) + s[i + 1:]
    elif lpos:
        s = typo_latin(s, lpos)
    R.setstate(st)
    a[k] = s
    return a


# ----------------------------------------------------------------- perturbations
def copy_spec(s):
    n = dict(s)
    n['phones'] = list(s['phones'])
    n['post'] = list(s.get('post', []))
    n['av'] = dict(s.get('av', {}))
    return n


def op_nm_variant(e, s):
    cur = v_text(s['nm'])
    v = choose_var(name_vars(e), {s['nm']['script']: 1}, {'*': 1.0, 'typo': 0}, exclude_text=cur)
    if not v:
        return False
    s['nm'] = v
    return True


def op_nm_script(e, s):
    scripts = []
    for v in name_vars(e):
        if v['script'] != s['nm']['script'] and v['script'] not in scripts:
            scripts.append(v['script'])
    if not scripts:
        return False
    sc = pick(scripts)
    v = choose_var(name_vars(e), {sc: 1})
    s['nm'] = v
    if e['org'] and s.get('contact') is not None:
        want = 'ko' if sc == 'ko' else 'rom'
        cv = choose_var(contact_vars(e['contacts'][s['contact']]), {want: 1}, CONTACT_CW)
        if cv:
            s['cnm'] = cv
    return True


def op_nm_typo(e, s):
    nv = dict(s['nm'])
    if e['org']:
        t = nv['text']
        nt = typo(t)
        if nt == t:
            return False
        nv['text'] = nt
    else:
        g = nv['giv']
        if not g:
            return False
        if nv['fam'] and chance(0.2) and not has_hangul(nv['fam']) and len(nv['fam']) > 2:
            f = nv['fam']
            nf = typo(f)
            nv['disp'] = nv['disp'].replace(f, nf, 1)
            nv['fam'] = nf
        else:
            ng = typo(g)
            if ng == g:
                return False
            nv['disp'] = nv['disp'].replace(g, ng, 1)
            nv['giv'] = ng
    nv['cat'] = 'typo'
    s['nm'] = nv
    return True


def op_swap(e, s):
    if e['org']:
        if s.get('cnm') and s.get('csplit') != 'swapped':
            s['csplit'] = 'swapped'
            return True
        return False
    if s.get('split') == 'swapped':
        return False
    s['split'] = 'swapped'
    return True


def op_merge(e, s):
    if e['org']:
        if s.get('cnm') and s.get('csplit') != 'all_given':
            s['csplit'] = 'all_given'
            return True
        return False
    if s.get('split') == 'all_given':
        return False
    s['split'] = 'all_given'
    return True


def op_drop_names(e, s):
    if e['org']:
        if s.get('contact') is None:
            return False
        s['contact'], s['cnm'], s['disp'] = None, None, 'co'
        return True
    if s.get('split') == 'none':
        return False
    s['split'] = 'none'
    return True


def op_honor(e, s):
    if e['org']:
        if s.get('cnm') and s['cnm']['script'] == 'ko' and s.get('disp') != 'co_title' and \
                e['contacts'][s['contact']].get('title'):
            s['disp'] = 'co_title'
            return True
        return False
    if s['nm']['script'] != 'ko' or s.get('honor'):
        return False
    s['honor'] = e.get('title') or pick(TITLES_PERSON)
    if e['kind'] == 'person_korean' and chance(0.2):
        s['title_only'] = True
        if s.get('split') == 'proper':
            s['split'] = 'none'
    return True


def op_nickname(e, s):
    if e['org']:
        return False
    v = choose_var(name_vars(e), {'rom': 1, 'ko': 1, 'vi': 1},
                   {'english_name': 3, 'nickname': 3, 'initials': 1, 'short_form': 2, 'middle_initial': 1, '*': 0})
    if not v or v_text(v) == v_text(s['nm']):
        return False
    s['nm'] = v
    return True


def op_contact_other(e, s):
    if not e['org']:
        return False
    cur = s.get('contact')
    others = [i for i in range(len(e['contacts'])) if i != cur]
    if not others or chance(0.4):
        if is_foreign(e) and e['kind'] != 'org_overseas_subsidiary':
            add_foreign_contact(e, {'org_export_jp': 'jp', 'org_export_vn': 'vn', 'org_export_us': 'us'}[e['kind']],
                                e.get('domain'))
        else:
            add_korean_contact(e, e.get('domain'))
        others = [len(e['contacts']) - 1]
    ci = pick(others)
    s['contact'] = ci
    want = 'ko' if s['nm']['script'] == 'ko' else 'rom'
    s['cnm'] = choose_var(contact_vars(e['contacts'][ci]), {want: 1}, CONTACT_CW) or contact_vars(e['contacts'][ci])[0]
    if s.get('disp') == 'co_title' and not e['contacts'][ci].get('title'):
        s['disp'] = 'co'
    return True


def op_email_drop(e, s):
    if s.get('email') is None:
        return False
    s['email'] = None
    return True


def new_entity_email(e):
    if e['org']:
        if e.get('domain') and chance(0.6):
            em = role_email(e['domain'])
        else:
            c = e['contacts'][0] if e['contacts'] else None
            if c is not None:
                fr, gp = person_rom_parts(c)
                em = new_person_email(fr, gp, c.get('birth', 1980), domain=e.get('domain') if chance(0.5) else None)
            else:
                em = new_person_email('office', ['k'], 1990)
    else:
        fr, gp = person_rom_parts(e)
        em = new_person_email(fr, gp, e['birth'])
    e['emails'].append(em)
    return ('e', len(e['emails']) - 1)


def op_email_new(e, s):
    s['email'] = new_entity_email(e)
    return True


def op_phone_drop(e, s):
    if not s['phones']:
        return False
    s['phones'] = []
    return True


def op_phone_other(e, s):
    cur = s['phones'][0] if s['phones'] else None
    if e['org']:
        opts = [r for r in phone_refs(e) if r != cur]
        if not opts or chance(0.3):
            loc = e['locs'][0]
            if loc['cc'] == 'KR':
                e['phones']['main%d' % len(e['phones'])] = phone_kr(DISTRICTS[loc['d']][2] if chance(0.6) else '70')
            else:
                cc = {'JP': '81', 'VN': '84', 'US': '1'}[loc['cc']]
                e['phones']['main%d' % len(e['phones'])] = phone_near(e['phones']['main'])
            opts = [('e', list(e['phones'].keys())[-1])]
        s['phones'] = [pick(opts)]
        return True
    if cur == ('e', 'mobile'):
        if 'home' not in e['phones']:
            loc = e['locs'][0]
            if loc['cc'] != 'KR':
                return False
            e['phones']['home'] = phone_kr(DISTRICTS[loc['d']][2])
        s['phones'] = [('e', 'home')]
    else:
        if chance(0.5) or 'mobile2' in e['phones']:
            s['phones'] = [('e', 'mobile')] if cur != ('e', 'mobile') else [('e', 'mobile2')]
        else:
            e['phones']['mobile2'] = phone_kr('10')
            s['phones'] = [('e', 'mobile2')]
    return True


def op_phone_fmt(e, s):
    if not s['phones']:
        return False
    fo = is_foreign(e)
    pool = ['dash', 'paren', 'paren2', 'plain', 'space', 'dot', 'intl', 'intl_sp', 'intl_0', 'intl_0d', 'intl_plain',
            'cc_dash'] if not fo else ['dash', 'intl', 'intl_sp', 'intl_0', 'intl_0d', 'paren', 'space']
    pool = [f for f in pool if f != s['ph_fmt']]
    s['ph_fmt'] = pick(pool)
    return True


def op_phone_extra(e, s):
    if not s['phones']:
        return False
    opts = []
    if 'fax' in e['phones']:
        opts.append('fax')
    if e['org'] and not is_mobile(get_phone(e, s['phones'][0])):
        opts += ['ext', 'range']
    opts = [o for o in opts if o != s.get('ph_extra')]
    if not opts:
        return False
    s['ph_extra'] = pick(opts)
    s['ext'] = str(R.randint(100, 399))
    s['ext_fmt'] = pick([' (내선 %s)', ' 내선%s', ' ext. %s', ' (ext %s)'])
    s['fax_fmt'] = pick([' / F. %s', ' / FAX %s', ' (FAX %s)', ' 팩스 %s'])
    return True


def op_addr_drop(e, s):
    if s.get('addr') is None:
        return False
    s['addr'] = None
    return True


def op_addr_move(e, s):
    cur = e['locs'][0]
    if cur['cc'] != 'KR':
        loc = new_loc_foreign(cur['cc'])
    elif e['org']:
        form = cur.get('form') or 'office'
        if form in ('campus', 'public', 'aptoffice'):
            return False
        sido = [DISTRICTS[cur['d']][0]] if chance(0.6) else None
        loc = new_loc_kr(form if form != 'shop' or chance(0.5) else 'office', sido=sido)
    else:
        loc = new_loc_kr(wpick([('apt', 65), ('villa', 20), ('house', 15)]), who='person',
                         sido=[DISTRICTS[cur['d']][0]] if chance(0.5) else None)
    e['locs'].append(loc)
    s['addr'] = len(e['locs']) - 1
    if s.get('addr') is not None and s['astyle'] not in KR_ADDR_STYLES and loc['cc'] == 'KR':
        s['astyle'] = 'qbo_road'
    return True


def op_addr_style(e, s):
    if s.get('addr') is None:
        return False
    loc = e['locs'][s['addr']]
    if loc['cc'] != 'KR':
        s['av']['native'] = not s['av'].get('native', False)
        return loc['cc'] in ('JP', 'VN')
    s['astyle'] = pick([x for x in KR_ADDR_STYLES if x != s['astyle']])
    return True


def op_addr_sub(e, s):
    if s.get('addr') is None:
        return False
    keys = ['bldg', 'unit', 'post', 'city', 'dong', 'comma', 'region', 'long', 'street_word']
    for k in sample(keys, 2):
        s['av'][k] = not s['av'].get(k, True)
    if chance(0.4):
        s['av']['sido'] = R.randrange(12)
    if chance(0.3):
        s['av']['country'] = country_form(e['locs'][s['addr']]['cc'], pick(list(COUNTRY_W.keys())))
    return True


def _has_accents(e, s):
    c = render(e, s)
    txt = ' '.join(x for x in [c['displayName'], c['companyName'], c['givenName'], c['familyName']] if x)
    if c['address']:
        txt += ' ' + ' '.join(v for v in c['address'].values() if v)
    return strip_accents(txt) != txt and not has_hangul(txt.replace(strip_accents(txt), ''))


def op_post(kind):
    def f(e, s):
        seed = R.getrandbits(32)
        if kind == 'upper':
            s['post'].append(('upper', chance(0.5)))
        elif kind == 'accents':
            c = render(e, s)
            txt = ' '.join(x for x in [c['displayName'], c['companyName'], c['givenName'], c['familyName']] if x)
            if c['address']:
                txt += ' ' + ' '.join(v for v in c['address'].values() if v)
            if strip_accents(txt) == txt:
                return False
            s['post'].append(('accents',))
        elif kind == 'mojibake':
            if s['source'] != 'old_erp':
                return False
            c = render(e, s)
            fields = [k for k in NAME_FIELDS if c[k] and (has_hangul(c[k]) or strip_accents(c[k]) != c[k])]
            if not fields:
                return False
            s['post'].append(('mojibake', fields))
        elif kind == 'ime':
            if s['source'] not in ('sales_rep', 'korean_order'):
                return False
            c = render(e, s)
            if not (c['displayName'] and has_hangul(c['displayName'])):
                return False
            s['post'].append(('ime',))
        elif kind == 'spacing':
            c = render(e, s)
            d = c['displayName'] or ''
            if ' ' in d:
                s['post'].append(('spacing', lambda x: x.replace(' ', '', 1)))
            elif has_hangul(d) and len(d) >= 3:
                s['post'].append(('spacing', lambda x: x[:1] + ' ' + x[1:]))
            else:
                return False
        elif kind == 'phone_fullwidth':
            if not s['phones']:
                return False
            s['post'].append(('phone_fullwidth',))
        elif kind == 'phone_digit':
            if not s['phones']:
                return False
            s['post'].append(('phone_digit', seed))
        elif kind == 'email_typo':
            if s.get('email') is None:
                return False
            s['post'].append(('email_typo', seed))
        elif kind == 'email_case':
            if s.get('email') is None:
                return False
            s['post'].append(('email_case', pick([str.upper, lambda x: x[:1].upper() + x[1:],
                                                  lambda x: x.split('@')[0] + '@' + x.split('@')[1].upper()])))
        elif kind == 'addr_typo':
            if s.get('addr') is None:
                return False
            s['post'].append(('addr_typo', seed))
        return True
    return f


OPS = {
    'nm_variant': op_nm_variant, 'nm_script': op_nm_script, 'nm_typo': op_nm_typo, 'swap': op_swap,
    'merge': op_merge, 'drop_names': op_drop_names, 'honor': op_honor, 'nickname': op_nickname,
    'contact_other': op_contact_other, 'email_drop': op_email_drop, 'email_new': op_email_new,
    'phone_drop': op_phone_drop, 'phone_other': op_phone_other, 'phone_fmt': op_phone_fmt,
    'phone_extra': op_phone_extra, 'addr_drop': op_addr_drop, 'addr_move': op_addr_move,
    'addr_style': op_addr_style, 'addr_sub': op_addr_sub,
    'upper': op_post('upper'), 'accents': op_post('accents'), 'mojibake': op_post('mojibake'),
    'ime': op_post('ime'), 'spacing': op_post('spacing'), 'phone_fullwidth': op_post('phone_fullwidth'),
    'phone_digit': op_post('phone_digit'), 'email_typo': op_post('email_typo'), 'email_case': op_post('email_case'),
    'addr_typo': op_post('addr_typo'),
}
LIGHT_OPS = [('nm_variant', 5), ('phone_fmt', 5), ('addr_sub', 4), ('phone_extra', 2), ('email_case', 2),
             ('honor', 2), ('spacing', 2), ('addr_style', 3), ('merge', 1), ('drop_names', 1), ('upper', 0.5),
             ('phone_fullwidth', 0.5)]
MEDIUM_OPS = [('nm_variant', 4), ('nm_typo', 5), ('nm_script', 4), ('swap', 2), ('merge', 1.5), ('nickname', 2),
              ('honor', 1.5), ('contact_other', 2), ('email_drop', 2), ('email_new', 1.5), ('email_typo', 1.5),
              ('phone_drop', 1.5), ('phone_other', 1.5), ('phone_fmt', 3), ('phone_extra', 1), ('addr_drop', 2),
              ('addr_style', 3), ('addr_sub', 2), ('addr_typo', 1.5), ('accents', 1), ('spacing', 1),
              ('upper', 1), ('phone_fullwidth', 0.5)]
HARSH_BREAK = [('addr_move', 4), ('email_new', 4), ('phone_digit', 3), ('email_drop', 2), ('phone_drop', 2),
               ('phone_other', 2), ('addr_drop', 2), ('email_typo', 2)]
HARSH_OPS = MEDIUM_OPS + [('mojibake', 4), ('ime', 1.5), ('drop_names', 1.5), ('nm_typo', 3), ('upper', 2)]


def apply_ops(e, s, pool, n):
    done = []
    tries = 0
    while len(done) < n and tries < 40:
        tries += 1
        name = wpick(pool)
        if name in done:
            continue
        if OPS[name](e, s):
            done.append(name)
    return done


# ----------------------------------------------------------------- labels and evidence
STYLE_LABEL = {'en_road': 'english', 'en_jibun': 'english_lot_number', 'erp_jibun': 'lot_number_old_postcode',
               'rep_terse': 'abbreviated', 'oneline': 'one_line', 'order_full': 'format', 'qbo_road': 'format'}
POST_LABELS = {'upper': [('displayName', 'case'), ('givenName', 'case'), ('familyName', 'case'),
                         ('companyName', 'case'), ('email', 'case'), ('address', 'case')],
               'accents': [('displayName', 'accents_dropped'), ('givenName', 'accents_dropped'),
                           ('familyName', 'accents_dropped'), ('companyName', 'accents_dropped'),
                           ('address', 'accents_dropped')],
               'mojibake': [('displayName', 'mojibake'), ('givenName', 'mojibake'), ('familyName', 'mojibake'),
                            ('companyName', 'mojibake')],
               'ime': [('displayName', 'typed_in_english_keyboard_mode')],
               'spacing': [('displayName', 'spacing')], 'phone_fullwidth': [('phone', 'fullwidth_digits')],
               'phone_digit': [('phone', 'digit_off')], 'email_typo': [('email', 'typo')],
               'email_case': [('email', 'case')], 'addr_typo': [('address', 'typo')]}
FIELDS = ('displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address')


def diff_labels(e, sa, sb, ca, cb):
    L = []

    def add(f, w):
        x = '%s:%s' % (f, w)
        if x not in L:
            L.append(x)
    na, nb = sa['nm'], sb['nm']
    if e['org']:
        if na['script'] != nb['script']:
            add('companyName', 'script_' + nb['script'])
            add('displayName', 'script_' + nb['script'])
        elif v_text(na) != v_text(nb):
            cat = nb['cat'] if nb['cat'] != 'canon' else na['cat']
            add('companyName', cat)
            add('displayName', cat)
        if sa.get('disp') != sb.get('disp'):
            add('displayName', 'format')
        if sa.get('contact') != sb.get('contact'):
            if sb.get('contact') is None:
                add('givenName', 'dropped')
                add('familyName', 'dropped')
            elif sa.get('contact') is None:
                add('givenName', 'added')
                add('familyName', 'added')
            else:
                add('givenName', 'other_contact_person')
                add('familyName', 'other_contact_person')
        elif sb.get('cnm') and sa.get('cnm'):
            if sa['cnm']['script'] != sb['cnm']['script']:
                add('givenName', 'script_' + sb['cnm']['script'])
                add('familyName', 'script_' + sb['cnm']['script'])
            elif v_text(sa['cnm']) != v_text(sb['cnm']):
                add('givenName', sb['cnm']['cat'] if sb['cnm']['cat'] != 'canon' else sa['cnm']['cat'])
            if sa.get('csplit') != sb.get('csplit'):
                lab = {'swapped': 'swapped_with_family', 'all_given': 'full_name_in_given',
                       'proper': 'split'}.get(sb.get('csplit'), 'split')
                add('givenName', lab)
                add('familyName', lab if lab != 'full_name_in_given' else 'dropped')
    else:
        if na['script'] != nb['script']:
            for f in ('displayName', 'givenName', 'familyName'):
                add(f, 'script_' + nb['script'])
        elif v_text(na) != v_text(nb):
            cat = nb['cat'] if nb['cat'] != 'canon' else na['cat']
            for f in ('displayName', 'givenName', 'familyName'):
                add(f, cat)
        if sa.get('split') != sb.get('split'):
            lab = {'swapped': 'swapped_with_family', 'all_given': 'full_name_in_given', 'none': 'dropped',
                   'proper': 'split'}[sb.get('split')]
            add('givenName', lab)
            add('familyName', lab if lab != 'full_name_in_given' else 'dropped')
        if sa.get('honor') != sb.get('honor') or sa.get('title_only') != sb.get('title_only'):
            add('displayName', 'honorific' if sb.get('honor') else 'honorific_dropped')
    if sa.get('disp_extra') != sb.get('disp_extra'):
        add('displayName', 'qbo_disambiguator' if sa.get('disp_extra') else 'suffix')
    ea, eb = sa.get('email'), sb.get('email')
    if eb is None and ea is not None:
        add('email', 'dropped')
    elif ea is None and eb is not None:
        add('email', 'added')
    elif ea is not None and get_email(e, ea) != get_email(e, eb):
        add('email', 'other_address')
    if not sb['phones'] and sa['phones']:
        add('phone', 'dropped')
    elif sb['phones'] and not sa['phones']:
        add('phone', 'added')
    elif sb['phones']:
        ka = [phone_key(get_phone(e, r)) for r in sa['phones']]
        kb = [phone_key(get_phone(e, r)) for r in sb['phones']]
        if not any(k in ka for k in kb):
            add('phone', 'other_number')
        elif ka != kb:
            add('phone', 'numbers_added_or_dropped')
        if sa['ph_fmt'] != sb['ph_fmt']:
            add('phone', 'format')
        if sa.get('ph_extra') != sb.get('ph_extra'):
            add('phone', {'fax': 'fax_beside', 'ext': 'extension', 'range': 'line_range', None: 'extra_dropped'}[
                sb.get('ph_extra')])
    if sb.get('addr') is None and sa.get('addr') is not None:
        add('address', 'dropped')
    elif sa.get('addr') is None and sb.get('addr') is not None:
        add('address', 'added')
    elif sb.get('addr') is not None:
        if sa['addr'] != sb['addr']:
            add('address', 'moved')
        else:
            if sa['astyle'] != sb['astyle']:
                add('address', STYLE_LABEL.get(sb['astyle'], 'format'))
            if sa['av'].get('country') != sb['av'].get('country'):
                add('address', 'country')
            if sa['av'].get('native') != sb['av'].get('native'):
                add('address', 'script')
    post = sb.get('post', [])
    for k, op in enumerate(post):
        if op in sa.get('post', []):
            continue
        s1 = dict(sb)
        s1['post'] = post[:k]
        s2 = dict(sb)
        s2['post'] = post[:k + 1]
        c1, c2 = render(e, s1), render(e, s2)
        for f, w in POST_LABELS[op[0]]:
            if c1[f] != c2[f]:
                add(f, w)
    # keep only labels of fields that really differ; label the rest
    out = []
    for x in L:
        f = x.split(':')[0]
        if ca[f] != cb[f]:
            out.append(x)
    for f in FIELDS:
        if ca[f] != cb[f] and not any(x.startswith(f + ':') for x in out):
            if ca[f] is None:
                out.append(f + ':added')
            elif cb[f] is None:
                out.append(f + ':dropped')
            else:
                out.append(f + ':format')
    return out


def evidence(ca, cb, same_loc):
    ev = []
    if ca['email'] and cb['email'] and ca['email'].strip().lower() == cb['email'].strip().lower():
        ev.append('email')
    pa = phone_keys(ca['phone'])
    pb = phone_keys(cb['phone'])
    if any(k in pa for k in pb):
        ev.append('phone')
    if same_loc and same_address(ca['address'], cb['address']):
        ev.append('address')
    return ev


def source_for(e):
    if is_foreign(e):
        return wpick([('export_desk', 65), ('korean_order', 20), ('sales_rep', 5), ('old_erp', 10)])
    if e['kind'] in ('org_apartment_office', 'org_public_department', 'org_school', 'org_hospital', 'org_church'):
        return wpick([('korean_order', 55), ('sales_rep', 25), ('old_erp', 15), ('qbo', 5)])
    if e['org']:
        return wpick([('korean_order', 42), ('sales_rep', 24), ('old_erp', 15), ('export_desk', 14), ('qbo', 5)])
    if e['kind'] == 'person_korean':
        return wpick([('korean_order', 52), ('sales_rep', 25), ('old_erp', 15), ('export_desk', 8)])
    return wpick([('korean_order', 45), ('export_desk', 25), ('sales_rep', 20), ('old_erp', 10)])


def make_variant(e, s_ref, c_ref, profile, avoid=()):
    """A new rendering of entity e compared with its record (s_ref, c_ref) under a profile."""
    for attempt in range(60):
        if profile == 'light':
            s = copy_spec(s_ref)
            s.pop('disp_extra', None)
            apply_ops(e, s, LIGHT_OPS, 1 if chance(0.6) else 2)
        elif profile == 'medium':
            s = base_spec(e, source_for(e))
            apply_ops(e, s, MEDIUM_OPS, R.randint(1, 2))
        else:
            s = base_spec(e, source_for(e))
            apply_ops(e, s, HARSH_BREAK, 1 if chance(0.6) else 2)
            apply_ops(e, s, HARSH_OPS, R.randint(2, 4))
        c = render(e, s)
        if c in avoid:
            continue
        same_loc = s_ref.get('addr') is not None and s_ref.get('addr') == s.get('addr')
        ev = evidence(c_ref, c, same_loc)
        if not ev:
            continue
        ch = diff_labels(e, s_ref, s, c_ref, c)
        if not ch:
            continue
        if profile == 'light' and len(ch) > 5:
            continue
        return s, c, ch, ev
    if profile != 'light':
        return make_variant(e, s_ref, c_ref, 'light', avoid)
    raise RuntimeError('could not make a findable variant for %s' % e['eid'])


# ----------------------------------------------------------------- name keys (for hard-negative claims)
LEGAL_RE = re.compile(r'(주식회사|유한회사|\(주\)|㈜|\(유\)|（주）|\(의\)|의료법인|co\.,?\s*ltd\.?|co\s+ltd|corporation|corp\.?|'
                      r'inc\.?|llc|ltd\.?|k\.k\.|company limited|joint stock company|jsc|株式会社|công ty tnhh|'
                      r'công ty cổ phần|\bco\.)', re.I)
HONOR_RE = re.compile(r'\s*(사장님|대표님|기사님|고객님|선생님|실장님|소장님|사장|대표|님|씨)$')


def person_name_key(c):
    f, g, d = c.get('familyName'), c.get('givenName'), c.get('displayName') or ''
    d = re.sub(r'\s*\([^)]*\)', '', d)
    if f and g and has_hangul(f + g):
        raw = f + g
    else:
        raw = HONOR_RE.sub('', d)
    if has_hangul(raw):
        return ''.join(ch for ch in raw if is_hangul(ch)) or None
    toks = [t for t in re.split(r'[^a-z0-9]+', strip_accents(raw).lower()) if t]
    return ' '.join(sorted(toks)) or None


def org_name_key(c):
    n = c.get('companyName') or c.get('displayName') or ''
    n = LEGAL_RE.sub(' ', n)
    return re.sub(r'[\s\W_]+', '', strip_accents(n).lower()) or None


def lcs_len(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


GENERIC_WORDS = sorted(set(
    ('전자부품 전자 전기 산업 테크 정밀 기계 통신 시스템 오토메이션 엔지니어링 하이텍 반도체 계전 제어 전력 솔루션 산전 기전 '
     '조명 전선 부품 일렉트로닉스 상사 전업사 설비 관리사무소 관리소 입주자대표회의 아파트 교회 종합병원 요양병원 재활병원 '
     '여성병원 한방병원 치과병원 병원 의료재단 공업고등학교 전자고등학교 고등학교 여자중학교 중학교 초등학교 학교 행정실 '
     '지점 영업소 사업소 공장 구청 시청 군청 서울 부산 인천 대구 대전 광주 울산 경기 경남 경북 충남 '
     'electronics electronic electric industrial industries tech precision machinery telecom systems system '
     'automation engineering hitech semiconductor controls control power solutions lighting cable components '
     'trading management office church hospital school high middle elementary branch plant sales city hall '
     'division apartment complex mgmt 마을 파크 타운 힐스 그린빌 하이츠 단지 스카이 빌라 maeul park town hills greenville heights').split()), key=lambda w: (-len(w), w))


def strip_generic(k):
    for w in GENERIC_WORDS:
        k = k.replace(w, '')
    return k


def stem_shared(ka, kb):
    if not ka or not kb:
        return False
    ka, kb = strip_generic(ka), strip_generic(kb)
    if not ka or not kb:
        return False
    n = lcs_len(ka, kb)
    if has_hangul(ka) and has_hangul(kb):
        return n >= 2
    return n >= 4


def email_domain(em):
    return em.strip().lower().split('@')[-1] if em and '@' in em else None


def shared_claims(e_hn, c_hn, e_an, c_an, same_building):
    sh = evidence(c_an, c_hn, same_building)
    if e_hn['org'] and e_an['org']:
        ka, kb = org_name_key(c_an), org_name_key(c_hn)
        if ka and ka == kb:
            sh.append('name')
        elif stem_shared(ka, kb):
            sh.append('name_stem')
    elif not e_hn['org'] and not e_an['org']:
        ka, kb = person_name_key(c_an), person_name_key(c_hn)
        if ka and ka == kb:
            sh.append('name')
        fa, fb = c_an.get('familyName'), c_hn.get('familyName')
        if fa and fb and fa.casefold() == fb.casefold():
            sh.append('family_name')
    da, db = email_domain(c_an['email']), email_domain(c_hn['email'])
    if 'email' not in sh and da and da == db and da not in FREE_DOMAINS:
        sh.append('domain')
    return sh


# ----------------------------------------------------------------- hard negatives
HN_RULES = {
    'person_namesake': 'One customer per person: a namesake (same name, another person with other address, phone and e-mail) is a different customer.',
    'spouse': 'One customer per person: spouses sharing a home and its landline are separate customers (a Korean wife keeps her own surname).',
    'household_member': 'One customer per person: a family member (child, sibling, parent) living at the same address is a separate customer.',
    'father_son': 'One customer per person: father and son living at the same address are separate customers.',
    'other_branch': 'One customer per business registration number (사업자등록번호): a branch registered as its own 종사업장, receiving its own tax invoices, is a separate customer from head office and the other branches.',
    'other_factory': 'One customer per business registration number (사업자등록번호): a factory registered as its own 종사업장, receiving its own tax invoices, is a separate customer.',
    'group_affiliate': 'One customer per legal entity: group affiliates (계열사) are separate companies with their own registration numbers, even when they use the group accounts mailbox, phone or building.',
    'apartment_other_complex': 'One customer per apartment complex: each complex (입주자대표회의, own 고유번호, pays from its own maintenance account) is a separate customer even though one management company handles their mail and phone.',
    'agent_other_client': 'One customer per business: small businesses that order and receive invoices through the same purchasing/tax agent share its mailbox and phone but are separate customers.',
    'later_occupant': 'One customer per legal entity or person: a later occupant of the same premises (new business or new resident) is a different customer.',
    'similar_name_other_trade': 'One customer per legal entity: a business with a similar name in another trade (own registration number, owner and contacts) is a different customer.',
    'public_other_department': 'Public bodies: one customer per ordering department (each 과 has its own budget and 지출관 and is invoiced separately), even in the same 구청/시청 building.',
    'school_other_level': 'One customer per school: each school has its own 고유번호 and 행정실 and is invoiced separately, even on a shared campus with a similar name.',
    'hospital_same_foundation': 'One customer per medical institution: hospitals of one 의료법인 foundation are opened, registered and invoiced separately.',
    'trade_namesake_elsewhere': 'One customer per legal entity: a business or church with the same name in another city is a different customer.',
    'overseas_subsidiary': 'One customer per legal entity: a Korean company\'s overseas subsidiary is a separate company (foreign registration) from its Korean parent.',
}
HN_PLAN = [('person_namesake', 14), ('spouse', 10), ('household_member', 10), ('father_son', 10),
           ('other_branch', 12), ('other_factory', 8), ('group_affiliate', 12), ('apartment_other_complex', 10),
           ('agent_other_client', 10), ('later_occupant', 10), ('similar_name_other_trade', 12),
           ('public_other_department', 10), ('school_other_level', 6), ('hospital_same_foundation', 5),
           ('trade_namesake_elsewhere', 7), ('overseas_subsidiary', 4)]
HN_MUST = {'person_namesake': ['name'], 'spouse': ['address'], 'household_member': ['address'],
           'father_son': ['address'], 'other_branch': ['name_stem'], 'other_factory': ['name_stem'],
           'group_affiliate': ['email'], 'apartment_other_complex': ['email', 'phone'],
           'agent_other_client': ['email', 'phone'], 'later_occupant': ['address'],
           'similar_name_other_trade': ['name_stem'], 'public_other_department': ['address', 'name_stem'],
           'school_other_level': ['name_stem'], 'hospital_same_foundation': ['name_stem', 'domain'],
           'trade_namesake_elsewhere': ['name'], 'overseas_subsidiary': ['name_stem']}


def other_district(di, who='person'):
    sido = DISTRICTS[di][0]
    while True:
        x = pick_district(who)
        if DISTRICTS[x][0] != sido:
            return x


def anchor_loc(an, s_an):
    return an['locs'][s_an['addr'] if s_an.get('addr') is not None else 0]


def hn_entity(t, an, s_an, ctx):
    """create the other customer for hard-negative type t with anchor an"""
    if t == 'person_namesake':
        if an['kind'] == 'person_korean':
            p = make_korean_person(gender=an['gender'], fam=an['fam'], giv=an['giv'])
            p['fam_rom'], p['giv_sys'], p['giv_join'], p['giv_rom'] = an['fam_rom'], an['giv_sys'], an['giv_join'], an['giv_rom']
        else:
            p = make_expat_person(an['nat'], gender=an['gender'])
            for k in ('fam_native', 'giv_native', 'fam_rom', 'giv_rom', 'fam_ko', 'giv_ko'):
                if k in an:
                    p[k] = an[k]
        setup_person_contacts(p, district=other_district(an['locs'][0]['d']))
        return reg(p)
    if t in ('spouse', 'household_member', 'father_son'):
        loc = anchor_loc(an, s_an)
        home = an['phones'].get('home')
        if an['kind'] == 'person_american':
            p = make_expat_person('us', gender='M')
            for k in ('first', 'nick', 'first_ko', 'last', 'last_ko'):
                p[k] = an[k]
            p['suffix'] = 'Jr.'
            p['mid'] = pick([x for x in 'ABCDEJKLMRST' if x != an['mid']])
            p['birth'] = an['birth'] + R.randint(24, 32)
        elif t == 'spouse':
            g = 'F' if an['gender'] == 'M' else 'M'
            fam = an['fam']
            while fam == an['fam']:
                fam = wpick([(s, w) for s, w, _ in SURNAMES])
            p = make_korean_person(gender=g, fam=fam, birth=an['birth'] + R.randint(-4, 4))
        elif t == 'father_son':
            if an['birth'] < 1975:
                p = make_korean_person(gender='M', fam=an['fam'], birth=an['birth'] + R.randint(25, 33))
            else:
                p = make_korean_person(gender='M', fam=an['fam'], birth=an['birth'] - R.randint(25, 33))
            while p['giv'] == an['giv']:
                p = make_korean_person(gender='M', fam=an['fam'], birth=p['birth'])
        else:
            mode = pick(['child', 'sibling', 'sibling', 'parent'])
            if mode == 'sibling':
                g = an['gender']
                first = an['giv'][0]
                pool = [n for n in (MALE if g == 'M' else FEMALE) if n[0] == first and n != an['giv']]
                giv = pick(pool) if pool else first + pick([x for x in '호수민진철석훈우희영' if len(an['giv']) < 2 or x != an['giv'][1]])
                p = make_korean_person(gender=g, fam=an['fam'], giv=giv, birth=an['birth'] + R.randint(-6, 6))
            else:
                off = R.randint(24, 34) * (1 if mode == 'child' else -1)
                p = make_korean_person(fam=an['fam'], birth=min(2004, an['birth'] + off))
                while p['giv'] == an['giv']:
                    p = make_korean_person(fam=an['fam'], birth=p['birth'])
        p['locs'].append(loc)
        if loc['cc'] == 'US':
            p['phones']['mobile'] = phone_foreign('1', loc['p'][3])
            if home:
                p['phones']['home'] = home
        else:
            p['phones']['mobile'] = phone_kr('10')
            if home:
                p['phones']['home'] = home
        fr, gp = person_rom_parts(p)
        p['emails'].append(new_person_email(fr, gp, p['birth']))
        return reg(p)
    if t in ('other_branch', 'other_factory'):
        parent = ctx['by_eid'][an['parent']] if an.get('parent') else an
        used = parent.setdefault('used_suffixes', [])
        if t == 'other_branch':
            br = pick([b for b in BRANCHES if b[0] not in used])
            used.append(br[0])
            return make_branch(parent, br=br)
        fc = pick([f for f in FACTORIES if f[0] not in used])
        used.append(fc[0])
        return make_branch(parent, factory=fc)
    if t == 'group_affiliate':
        return group_extra_affiliate(an['_group'])
    if t == 'apartment_other_complex':
        o = make_apt_office(an['mgmt'])
        o['phones']['main'] = an['mgmt']['phone']
        return o
    if t == 'agent_other_client':
        o = make_agent_client(an['agent'])
        o['phones'] = {k: v for k, v in o['phones'].items() if k not in ('main2',)}
        o['phones']['main'] = an['agent']['phone']
        return o
    if t == 'later_occupant':
        loc = anchor_loc(an, s_an)
        if an['org']:
            for _ in range(50):
                st = pick(KO_STEMS)
                tr = pick(SHOP_TRADES)
                if st != an.get('stem'):
                    break
            o = make_sole_prop(stem=st, trade=tr, loc=loc)
            return o
        p = make_korean_person()
        p['locs'].append(loc)
        p['phones']['mobile'] = phone_kr('10')
        fr, gp = person_rom_parts(p)
        p['emails'].append(new_person_email(fr, gp, p['birth']))
        return reg(p)
    if t == 'similar_name_other_trade':
        if an['kind'] == 'org_sole_proprietor':
            tr = pick([x for x in SHOP_TRADES if x[0] != an['trade'][0]])
            di = an['locs'][0]['d'] if chance(0.5) else None
            return make_sole_prop(stem=an['stem'], trade=tr, district=di)
        trs = [x for x in TRADES if x[0] != an['trade'][0] and (an['stem'] + x[0]) not in USED_ORG_NAMES]
        o = make_corp(stem=an['stem'], trade=pick(trs), sido=[DISTRICTS[an['locs'][0]['d']][0]] if chance(0.5) else None)
        return o
    if t == 'public_other_department':
        return make_public_dept(an['bodyref'])
    if t == 'school_other_level':
        lv = pick([x for x in SCHOOL_LEVELS if x[0] != an['level'][0]])
        same = chance(0.5)
        return make_school(stem=an['stem'], pref=an['pref'], level=lv, loc=an['locs'][0] if same else None,
                           district=an['locs'][0]['d'])
    if t == 'hospital_same_foundation':
        hk = pick([x for x in HOSP_KIND if an['hname'] != an['found'] + x[0]])
        return make_hospital(found=an['found'], hk=hk, district=an['locs'][0]['d'] if chance(0.5) else None,
                             domain=an['domain'], full=chance(0.5))
    if t == 'trade_namesake_elsewhere':
        if an['kind'] == 'org_church':
            return make_church(stem=an['stem'], pref=an['pref'], district=other_district(an['locs'][0]['d']))
        return make_sole_prop(stem=an['stem'], trade=an['trade'], district=other_district(an['locs'][0]['d'], 'org'))
    if t == 'overseas_subsidiary':
        return make_subsidiary(an, pick(['VN', 'US', 'JP', 'VN']))
    raise ValueError(t)


def hn_anchor_ok(t, an):
    k = an['kind']
    if t == 'person_namesake':
        return k in ('person_korean', 'person_chinese')
    if t in ('spouse', 'household_member'):
        return k == 'person_korean' and an['locs'][0]['cc'] == 'KR'
    if t == 'father_son':
        return (k == 'person_korean' and an['gender'] == 'M') or (k == 'person_american' and an['gender'] == 'M')
    if t == 'other_branch':
        return k in ('org_corporation', 'org_llc', 'org_branch') and an['stem'] not in dict(LATIN_STEMS)
    if t == 'other_factory':
        return k in ('org_corporation', 'org_llc', 'org_factory') and an['stem'] not in dict(LATIN_STEMS)
    if t == 'group_affiliate':
        return k == 'org_group_affiliate'
    if t == 'apartment_other_complex':
        return k == 'org_apartment_office'
    if t == 'agent_other_client':
        return k == 'org_sole_proprietor' and bool(an.get('agent'))
    if t == 'later_occupant':
        return (k in ('org_sole_proprietor', 'org_corporation') and an['locs'][0]['cc'] == 'KR'
                and an['locs'][0].get('unit')) or k == 'person_korean'
    if t == 'similar_name_other_trade':
        return k in ('org_corporation', 'org_sole_proprietor') and an['stem'] not in dict(LATIN_STEMS)
    if t == 'public_other_department':
        return k == 'org_public_department'
    if t == 'school_other_level':
        return k == 'org_school'
    if t == 'hospital_same_foundation':
        return k == 'org_hospital'
    if t == 'trade_namesake_elsewhere':
        return k in ('org_church', 'org_sole_proprietor') and not an.get('agent')
    if t == 'overseas_subsidiary':
        return k in ('org_corporation',) and an['stem'] not in dict(LATIN_STEMS)
    return False


def hn_spec(t, hn, an, s_an):
    """a spec for the hard-negative record that makes it look like the anchor"""
    src = source_for(hn)
    if t in ('person_namesake', 'trade_namesake_elsewhere', 'similar_name_other_trade', 'other_branch',
             'other_factory', 'group_affiliate', 'overseas_subsidiary', 'school_other_level',
             'hospital_same_foundation', 'public_other_department') and s_an['source'] == 'qbo' and chance(0.5):
        src = 'korean_order'
    s = base_spec(hn, src)
    want = s_an['nm']['script']
    if t == 'person_namesake':
        s['nm'] = dict(s_an['nm'])
        s['split'] = s_an.get('split', 'proper')
        s['honor'] = None
    elif hn['org'] and t != 'later_occupant':
        v = choose_var(name_vars(hn), {want: 1}, {'suffix_dropped': 0, 'short_form': 0, 'canon': 3, '*': 1}) \
            if chance(0.85) else None
        if v:
            s['nm'] = v
    if hn['org'] and s['nm']['cat'] in ('suffix_dropped', 'short_form'):
        s['nm'] = name_vars(hn)[0]
    if t in ('spouse', 'household_member', 'father_son', 'later_occupant', 'public_other_department'):
        s['addr'] = 0
        if s['astyle'] == s_an.get('astyle') or chance(0.5):
            s['astyle'] = s_an.get('astyle', s['astyle'])
    if t in ('spouse', 'household_member', 'father_son') and 'home' in hn['phones'] and chance(0.6):
        s['phones'] = [('e', 'home')]
    if t in ('group_affiliate', 'apartment_other_complex', 'agent_other_client'):
        s['email'] = ('e', 0)
    if t in ('apartment_other_complex', 'agent_other_client'):
        s['phones'] = [('e', 'main')]
    if t == 'school_other_level' and hn['locs'][0] is an['locs'][0]:
        s['addr'] = 0
    if t == 'hospital_same_foundation':
        s['email'] = ('e', 0)
    return s


# ----------------------------------------------------------------- assembly
def in_source(src):
    """incoming records laid out like the QuickBooks record come from the order system's master-data sync"""
    return 'korean_order' if src == 'qbo' else src


def existing_source(e):
    if is_foreign(e):
        return wpick([('qbo', 60), ('export_desk', 40)])
    return wpick([('qbo', 72), ('korean_order', 12), ('old_erp', 10), ('sales_rep', 3), ('export_desk', 3)])


def ensure_contact_point(e, s):
    """at least one e-mail, phone or address, and at least one a reader can link on"""
    if s.get('email') is None and not s['phones'] and s.get('addr') is None:
        if e['locs']:
            s['addr'] = 0
        elif email_refs(e):
            s['email'] = email_refs(e)[0]
        else:
            s['phones'] = phone_refs(e)[:1]
    if s.get('email') is None and not s['phones']:
        c = render(e, s)
        if not addr_keys(c['address']):
            if email_refs(e):
                s['email'] = email_refs(e)[0]
            else:
                s['phones'] = phone_refs(e)[:1]


def build_existing(ctx):
    ents = []
    # ---- persons (600)
    korean = []
    for _ in range(15):                                   # namesakes inside the QuickBooks list
        a = make_korean_person(giv=weighted_name(MALE[:20]) if chance(0.5) else None)
        setup_person_contacts(a)
        b = make_korean_person(gender=a['gender'], fam=a['fam'], giv=a['giv'])
        setup_person_contacts(b, district=other_district(a['locs'][0]['d']) if chance(0.7) else None)
        korean += [reg(a), reg(b)]
    for _ in range(12):                                   # couples who are both customers
        h = make_korean_person(gender='M', birth=R.randint(1955, 1990))
        setup_person_contacts(h)
        fam = h['fam']
        while fam == h['fam']:
            fam = wpick([(s, w) for s, w, _ in SURNAMES])
        w = make_korean_person(gender='F', fam=fam, birth=h['birth'] + R.randint(-4, 3))
        setup_person_contacts(w, loc=h['locs'][0], home_phone=h['phones'].get('home'))
        korean += [reg(h), reg(w)]
    while len(korean) < 540:
        p = make_korean_person()
        setup_person_contacts(p)
        korean.append(reg(p))
    expats = []
    for nat in ('cn', 'vn', 'us'):
        for _ in range(20):
            p = make_expat_person(nat, gender='M' if (nat == 'us' and chance(0.6)) else None)
            setup_person_contacts(p)
            expats.append(reg(p))
    ents += korean + expats
    # ---- organisations (900)
    orgs = []
    groups = []
    for _ in range(16):
        g = make_group(3)
        groups.append(g)
        for m in g['members']:
            m['_group'] = g
        orgs += g['members']
    agents = [make_agent() for _ in range(10)]
    for a in agents:
        for _ in range(3):
            orgs.append(make_agent_client(a))
    for _ in range(170):
        orgs.append(make_sole_prop())
    for _ in range(10):
        m = make_mgmt_company()
        for _ in range(4):
            orgs.append(make_apt_office(m))
    for _ in range(10):
        b = make_public_body()
        for _ in range(3):
            orgs.append(make_public_dept(b))
    for _ in range(30):
        orgs.append(make_school())
    for _ in range(20):
        orgs.append(make_hospital(full=chance(0.6)))
    for _ in range(20):
        orgs.append(make_church())
    for cc in ('JP', 'VN', 'US'):
        for _ in range(30):
            orgs.append(make_export(cc))
    corps = []
    n_branch_parents, n_fact_parents = 24, 14
    while len(orgs) + len(corps) < 900:
        c = make_corp()
        corps.append(c)
        if n_branch_parents > 0 and c['stem'] not in dict(LATIN_STEMS):
            n_branch_parents -= 1
            for br in sample(BRANCHES, R.randint(1, 3)):
                c.setdefault('used_suffixes', []).append(br[0])
                corps.append(make_branch(c, br=br))
        elif n_fact_parents > 0 and c['stem'] not in dict(LATIN_STEMS):
            n_fact_parents -= 1
            for fc in sample(FACTORIES, R.randint(1, 2)):
                c.setdefault('used_suffixes', []).append(fc[0])
                corps.append(make_branch(c, factory=fc))
    orgs += corps
    orgs = orgs[:900]
    ents += orgs
    ctx['groups'] = groups
    return ents


def make_new_entity():
    r = R.random()
    if r < 0.34:
        p = make_korean_person()
        setup_person_contacts(p)
        return reg(p)
    if r < 0.40:
        p = make_expat_person(pick(['cn', 'vn', 'us']))
        setup_person_contacts(p)
        return reg(p)
    if r < 0.62:
        return make_corp()
    if r < 0.78:
        return make_sole_prop()
    if r < 0.81:
        return make_apt_office(make_mgmt_company())
    if r < 0.83:
        return make_public_dept(make_public_body())
    if r < 0.85:
        return make_school()
    if r < 0.865:
        return make_hospital(full=chance(0.5))
    if r < 0.88:
        return make_church()
    return make_export(pick(['JP', 'VN', 'US', 'JP', 'VN']))


def disambiguate(existing):
    """QuickBooks needs unique display names: users append a place or a number."""
    for rnd in range(6):
        seen = {}
        dup = False
        for e in existing:
            k = e['_rec']['displayName'].casefold()
            if k in seen:
                dup = True
                s = e['_spec']
                loc = e['locs'][0]
                if rnd == 0 and loc['cc'] == 'KR':
                    d = DISTRICTS[loc['d']]
                    s['disp_extra'] = ' (%s)' % (d[1].split()[-1] if not e['org'] else SIDO[d[0]][1])
                elif rnd <= 1 and loc['cc'] == 'KR':
                    s['disp_extra'] = '(%s)' % DISTRICTS[loc['d']][1].split()[-1]
                else:
                    s['disp_extra'] = ' %d' % (rnd + 1)
                e['_rec'] = render(e, s)
            else:
                seen[k] = e
        if not dup:
            return
    raise RuntimeError('display names not unique')


def build(outdir):
    ctx = {}
    existing = build_existing(ctx)
    assert len(existing) == N_EXISTING, len(existing)
    ctx['by_eid'] = {}
    for e in existing:
        ctx['by_eid'][e['eid']] = e
    for e in existing:
        s = base_spec(e, existing_source(e))
        ensure_contact_point(e, s)
        e['_spec'] = s
        e['_rec'] = render(e, s)
    disambiguate(existing)
    order = sorted(range(len(existing)), key=lambda i: existing[i]['_rec']['displayName'].casefold())
    existing = [existing[i] for i in order]
    for i, e in enumerate(existing):
        e['_index'] = i

    incoming = []   # dicts: rec, meta (without index)
    # ---- matches
    profiles = [('light', 35), ('medium', 40), ('harsh', 25)]
    firsts = sample(existing, 765)
    seconds = sample(firsts, N_MATCH - 765)
    for e in firsts + seconds:
        prof = wpick(profiles)
        s, c, ch, ev = make_variant(e, e['_spec'], e['_rec'], prof, e.setdefault('_sent', []))
        e['_sent'].append(c)
        incoming.append({'rec': c, 'meta': {'entity': e['eid'], 'category': 'match', 'kind': e['kind'],
                                            'source': in_source(s['source']), 'changes': ch, 'profile': prof,
                                            'evidence': ev, 'compare_set': 'existing',
                                            'compare_index': e['_index']}})
    # ---- new customers
    news = []
    plan = [1] * NEW_SINGLE + [2] * NEW_DOUBLE + [3] * NEW_TRIPLE
    for n in plan:
        e = make_new_entity()
        s1 = base_spec(e, source_for(e))
        ensure_contact_point(e, s1)
        c1 = render(e, s1)
        items = [{'rec': c1, 'meta': {'entity': e['eid'], 'category': 'new', 'kind': e['kind'],
                                      'source': in_source(s1['source']), 'changes': [], 'occurrence': 1}}]
        for k in range(2, n + 1):
            prof = wpick([('light', 30), ('medium', 45), ('harsh', 25)])
            s, c, ch, ev = make_variant(e, s1, c1, prof, [it['rec'] for it in items])
            items.append({'rec': c, 'meta': {'entity': e['eid'], 'category': 'new', 'kind': e['kind'],
                                             'source': in_source(s['source']), 'changes': ch, 'occurrence': k,
                                             'profile': prof, 'evidence': ev, 'compare_set': 'incoming'}})
        news.append(items)
        incoming += items
    # ---- hard negatives
    used_anchor = []
    for t, n in HN_PLAN:
        cands = [e for e in existing if hn_anchor_ok(t, e)]
        made = 0
        guard = 0
        while made < n:
            guard += 1
            if guard > 400:
                raise RuntimeError('cannot place hard negative %s' % t)
            an = pick(cands)
            if an['eid'] in used_anchor and guard < 300:
                continue
            hn = hn_entity(t, an, an['_spec'], ctx)
            ok = False
            for _ in range(25):
                s = hn_spec(t, hn, an, an['_spec'])
                c = render(hn, s)
                same_b = False
                if s.get('addr') is not None and an['_spec'].get('addr') is not None:
                    ka = loc_struct_keys(hn['locs'][s['addr']])
                    kb = loc_struct_keys(an['locs'][an['_spec']['addr']])
                    same_b = any(k in kb for k in ka)
                sh = shared_claims(hn, c, an, an['_rec'], same_b)
                if all(m in sh for m in HN_MUST[t]):
                    ok = True
                    break
            if not ok:
                continue
            used_anchor.append(an['eid'])
            ch = []
            for f in FIELDS:
                if c[f] != an['_rec'][f]:
                    ch.append('%s:%s' % (f, 'different' if (c[f] and an['_rec'][f]) else
                                          ('dropped' if an['_rec'][f] else 'added')))
            incoming.append({'rec': c, 'meta': {'entity': hn['eid'], 'category': 'hard_negative', 'kind': hn['kind'],
                                                'source': in_source(s['source']), 'changes': ch, 'anchor': an['eid'],
                                                'anchor_index': an['_index'], 'hn_type': t, 'rule': HN_RULES[t],
                                                'shared': sh}})
            made += 1
    assert len(incoming) == N_INCOMING, len(incoming)
    # ---- shuffle, keep occurrences in order
    R.shuffle(incoming)
    for items in news:
        if len(items) < 2:
            continue
        pos = sorted(incoming.index(it) for it in items)
        for p, it in zip(pos, items):
            incoming[p] = it
    for i, it in enumerate(incoming):
        it['index'] = i
    for items in news:
        first = items[0]['index']
        for it in items[1:]:
            it['meta']['compare_index'] = first
    # ---- write
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, 'set.jsonl'), 'w', encoding='utf-8') as fs, \
            open(os.path.join(outdir, 'meta.jsonl'), 'w', encoding='utf-8') as fm:
        for e in existing:
            fs.write(json.dumps({'set': 'existing', 'entity': e['eid'], 'contact': e['_rec']},
                                ensure_ascii=False) + '\n')
            fm.write(json.dumps({'set': 'existing', 'index': e['_index'], 'entity': e['eid'], 'category': 'existing',
                                 'kind': e['kind'], 'source': e['_spec']['source'], 'changes': []},
                                ensure_ascii=False) + '\n')
        for it in incoming:
            fs.write(json.dumps({'set': 'incoming', 'entity': it['meta']['entity'], 'contact': it['rec']},
                                ensure_ascii=False) + '\n')
            m = {'set': 'incoming', 'index': it['index']}
            m.update(it['meta'])
            fm.write(json.dumps(m, ensure_ascii=False) + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    build(a.out)


if __name__ == '__main__':
    main()
