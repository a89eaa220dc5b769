#!/usr/bin/env python3
"""jp-setsubi: synthetic labelled record-linkage benchmark (Python 3 stdlib only).

Scenario: an (invented) Osaka wholesaler of building equipment, plumbing and
electrical parts with a Tokyo sales office keeps its customer list in
QuickBooks Online ("existing"); upstream systems send "incoming" records.

    python3 gen.py            -> writes set.jsonl and meta.jsonl next to this file
    python3 gen.py --out DIR  -> writes them into DIR

One random.Random(SEED); no iteration over hash-ordered containers, so the
output is byte-identical for any PYTHONHASHSEED.
"""
import argparse
import json
import os
import random
import unicodedata

SEED = 20240917
R = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_MATCH = 825
N_HN = 150


def ch(seq):
    return seq[R.randrange(len(seq))]


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def chance(p):
    return R.random() < p


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# --------------------------------------------------------------------------
# kana -> romaji (Hepburn with macrons, plain, passport, oh-style, wapuro, kunrei)
# --------------------------------------------------------------------------
_BASE_SRC = ("ア a イ i ウ u エ e オ o カ ka キ ki ク ku ケ ke コ ko サ sa シ shi:si ス su セ se ソ so "
             "タ ta チ chi:ti ツ tsu:tu テ te ト to ナ na ニ ni ヌ nu ネ ne ノ no ハ ha ヒ hi フ fu:hu "
             "ヘ he ホ ho マ ma ミ mi ム mu メ me モ mo ヤ ya ユ yu ヨ yo ラ ra リ ri ル ru レ re ロ ro "
             "ワ wa ヲ o ガ ga ギ gi グ gu ゲ ge ゴ go ザ za ジ ji:zi ズ zu ゼ ze ゾ zo ダ da ヂ ji:zi "
             "ヅ zu デ de ド do バ ba ビ bi ブ bu ベ be ボ bo パ pa ピ pi プ pu ペ pe ポ po ヴ vu "
             "ァ a ィ i ゥ u ェ e ォ o")
_DIG_SRC = ("キャ kya キュ kyu キョ kyo シャ sha:sya シュ shu:syu ショ sho:syo チャ cha:tya チュ chu:tyu "
            "チョ cho:tyo ニャ nya ニュ nyu ニョ nyo ヒャ hya ヒュ hyu ヒョ hyo ミャ mya ミュ myu ミョ myo "
            "リャ rya リュ ryu リョ ryo ギャ gya ギュ gyu ギョ gyo ジャ ja:zya ジュ ju:zyu ジョ jo:zyo "
            "ビャ bya ビュ byu ビョ byo ピャ pya ピュ pyu ピョ pyo ティ ti ディ di ファ fa フィ fi "
            "フェ fe フォ fo ウィ wi ウェ we ウォ wo ヴァ va ヴィ vi ヴェ ve ヴォ vo シェ she チェ che ジェ je")


def _parse_kana(src):
    d = {}
    toks = src.split()
    for i in range(0, len(toks), 2):
        k, r = toks[i], toks[i + 1]
        if ':' in r:
            h, kr = r.split(':')
        else:
            h = kr = r
        d[k] = (h, kr)
    return d


KBASE = _parse_kana(_BASE_SRC)
KDIG = _parse_kana(_DIG_SRC)
MACRON = {'a': 'ā', 'i': 'ī', 'u': 'ū', 'e': 'ē', 'o': 'ō'}


def romanize(kana, system='plain'):
    """kana (katakana, '|' = morpheme boundary) -> lower-case romaji words."""
    kun = system == 'kunrei'
    toks = []
    i = 0
    gem = False
    s = kana
    while i < len(s):
        c = s[i]
        if c == 'ッ':
            gem = True
            i += 1
            continue
        if c == 'ー':
            toks.append(('-', False))
            i += 1
            continue
        if c == 'ン':
            toks.append(('N', False))
            i += 1
            continue
        if c == '|':
            toks.append(('|', False))
            i += 1
            continue
        if c in ' \u3000・':
            toks.append((' ', False))
            i += 1
            continue
        two = s[i:i + 2]
        if two in KDIG:
            r = KDIG[two]
            i += 2
            bare = False
        elif c in KBASE:
            r = KBASE[c]
            bare = c in 'アイウエオ'
            i += 1
        else:
            r = (c, c)
            bare = False
            i += 1
        r = r[1] if kun else r[0]
        if gem:
            r = ('t' + r) if (r.startswith('ch') and not kun) else (r[0] + r)
            gem = False
        toks.append((r, bare))
    out = []

    def last_vowel():
        if out and out[-1] and out[-1][-1] in 'aiueo':
            return out[-1][-1]
        return None

    def lengthen(v, from_bar):
        if system == 'macron':
            out[-1] = out[-1][:-1] + MACRON[v]
        elif system == 'oh':
            if v == 'o':
                out[-1] = out[-1] + 'h'
        elif system == 'wapuro':
            out[-1] = out[-1] + (v if from_bar else ('u' if v in 'ou' else v))

    n = len(toks)
    for idx in range(n):
        r, bare = toks[idx]
        if r == '|':
            out.append('')
            continue
        if r == ' ':
            out.append(' ')
            continue
        if r == 'N':
            nxt = ''
            for j in range(idx + 1, n):
                if toks[j][0] not in ('|',):
                    nxt = toks[j][0]
                    break
            if nxt and nxt[0] in 'aiueoy' and system == 'macron':
                out.append("n'")
            elif nxt and nxt[0] in 'bmp' and system == 'passport':
                out.append('m')
            else:
                out.append('n')
            continue
        if r == '-':
            v = last_vowel()
            if v:
                lengthen(v, True)
            continue
        v = last_vowel()
        if bare and v and ((r == 'u' and v in 'ou') or (r == 'o' and v == 'o')):
            if system == 'wapuro':
                out.append(r)
            else:
                lengthen(v, False)
            continue
        out.append(r)
    res = ''.join(out)
    return ' '.join(w for w in res.split(' ') if w)


def rom_cap(kana, system='plain'):
    return ' '.join(cap(w) for w in romanize(kana, system).split(' '))


# --------------------------------------------------------------------------
# width conversion
# --------------------------------------------------------------------------
_HW = {}
for _cp in range(0xFF61, 0xFFA0):
    _c = chr(_cp)
    _n = unicodedata.normalize('NFKC', _c)
    if len(_n) == 1 and _n not in _HW:
        _HW[_n] = _c


def to_half_kana(s):
    out = []
    for c in unicodedata.normalize('NFD', s):
        if c in _HW:
            out.append(_HW[c])
        elif c == '\u3000':
            out.append(' ')
        else:
            out.append(c)
    return unicodedata.normalize('NFC', ''.join(out)) if False else ''.join(out)


def to_full(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif c == ' ':
            out.append('\u3000')
        else:
            out.append(c)
    return ''.join(out)


def to_full_digits(s):
    return ''.join(chr(ord(c) + 0xFEE0) if (c.isascii() and (c.isdigit() or c == '-')) else c for c in s)


KNUM = '〇一二三四五六七八九'


def kanji_num(n):
    if n < 10:
        return KNUM[n]
    if n < 100:
        t, u = divmod(n, 10)
        return ('' if t == 1 else KNUM[t]) + '十' + (KNUM[u] if u else '')
    h, rest = divmod(n, 100)
    return ('' if h == 1 else KNUM[h]) + '百' + (kanji_num(rest) if rest else '')


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
FAMILY_SRC = ("サトウ:佐藤,佐東 スズキ:鈴木 タカハシ:高橋,髙橋 タナカ:田中 イトウ:伊藤,伊東 ワタナベ:渡辺,渡邊,渡部,渡邉 "
              "ヤマモト:山本,山元 ナカムラ:中村 コバヤシ:小林 カトウ:加藤 ヨシダ:吉田 ヤマダ:山田 ササキ:佐々木 "
              "ヤマグチ:山口 マツモト:松本,松元 イノ|ウエ:井上 キムラ:木村 ハヤシ:林 サイトウ:斎藤,斉藤,齋藤,齊藤 "
              "シミズ:清水,志水 ヤマザキ:山崎,山﨑 モリ:森 イケダ:池田 ハシモト:橋本 アベ:阿部,安部 イシカワ:石川 "
              "ヤマシタ:山下 ナカジマ:中島,中嶋 イシイ:石井 オガワ:小川 マエダ:前田 オカダ:岡田 ハセガワ:長谷川 "
              "フジタ:藤田 ゴトウ:後藤 コンドウ:近藤 ムラカミ:村上 エンドウ:遠藤 アオキ:青木 サカモト:坂本,阪本,坂元 "
              "フクダ:福田 オオタ:太田,大田 ニシムラ:西村 フジイ:藤井 カネコ:金子 オカモト:岡本 フジワラ:藤原 "
              "ナカノ:中野 ミウラ:三浦 ハラダ:原田 ナカガワ:中川 マツダ:松田 タケウチ:竹内 オノ:小野 タムラ:田村 "
              "ナカヤマ:中山 ワダ:和田 イシダ:石田 モリタ:森田 ウエダ:上田,植田 ハラ:原 ウチダ:内田 シバタ:柴田 "
              "サカイ:酒井 ミヤザキ:宮崎,宮﨑 ヨコヤマ:横山 タカギ:高木 アンドウ:安藤 ミヤモト:宮本 オオノ:大野 "
              "コジマ:小島,児島 タニグチ:谷口 イマイ:今井 クドウ:工藤 タカダ:高田 マスダ:増田 マルヤマ:丸山 "
              "スギヤマ:杉山 ムラタ:村田 オオツカ:大塚 アライ:新井 ヒラノ:平野 フジモト:藤本 コウノ:河野 クボ:久保 "
              "マツイ:松井 チバ:千葉 イワサキ:岩崎 キノシタ:木下 ノムラ:野村 キクチ:菊地,菊池 サノ:佐野 オオニシ:大西 "
              "スギモト:杉本 ニッタ:新田 ホンダ:本田 ツジ:辻 キタムラ:北村 ナンバ:難波 ホンマ:本間 オオハシ:大橋 "
              "ヒガシ:東 ホリ:堀 ハマダ:浜田,濱田 ヨシザワ:吉沢,吉澤 ニシダ:西田 マツオ:松尾 ハットリ:服部 "
              "オオクボ:大久保 ツツミ:堤 シンドウ:進藤,新藤 ジンノ:神野 オオシロ:大城")
GIVEN_SRC = ("m:タロウ:太郎,太朗 m:イチロウ:一郎,一朗 m:ケンイチ:健一,謙一,賢一 m:マコト:誠,真 m:ヒロシ:浩,博,弘,宏 "
             "m:タカシ:隆,孝,崇 m:サトシ:聡,智,哲 m:ダイスケ:大輔,大介 m:カズヤ:和也,和哉 m:ショウタ:翔太,翔大 "
             "m:タクヤ:拓也,卓也 m:ナオキ:直樹,直紀 m:ユウキ:祐樹,雄樹 m:ケンジ:健二,賢治,健司 m:シンイチ:伸一,信一,真一 "
             "m:コウジ:浩二,幸司,孝治 m:ヨシオ:義男,芳雄 m:マサヒロ:正弘,雅裕 m:ツヨシ:剛,毅 m:オサム:修,治 "
             "m:ヒデキ:秀樹,英樹 m:リョウ:亮,涼 m:ユウタ:悠太,雄太,優太 m:ソウタ:颯太,蒼太 m:ハルト:陽斗,悠人 "
             "m:ミノル:稔,実 m:ススム:進,晋 m:ジュンイチ:純一,順一 m:シュンスケ:俊介,駿介 m:テツヤ:哲也,徹也 "
             "m:ケンタ:健太,謙太 m:コウヘイ:浩平,康平 m:シンゴ:真吾,慎吾 m:マサオ:正夫,政雄 m:トオル:徹,亨 "
             "f:ハナコ:花子 f:ユウコ:裕子,優子,祐子 f:ケイコ:恵子,啓子,慶子 f:ヨウコ:洋子,陽子,葉子 f:アキコ:明子,晶子 "
             "f:ミホ:美穂,美保 f:サチコ:幸子 f:マユミ:真由美,麻由美 f:ナオミ:直美,尚美 f:トモミ:智美,友美 "
             "f:エミ:恵美,絵美 f:アヤ:彩,綾 f:ユイ:結衣,由衣 f:サクラ:さくら,桜 f:ミサキ:美咲,岬 f:ヨシコ:良子,芳子 "
             "f:ユミ:由美,裕美 f:クミコ:久美子 f:ノリコ:典子,紀子,法子 f:チカ:千佳,智佳 f:ハルカ:遥,春香 f:マイ:舞,麻衣 "
             "f:キョウコ:京子,恭子 f:ジュンコ:順子,純子 f:ヒトミ:瞳,仁美 f:カオリ:香織,かおり")


def _parse_family(src):
    out = []
    for tok in src.split():
        kana, ks = tok.split(':')
        out.append((kana, ks.split(',')))
    return out


def _parse_given(src):
    out = []
    for tok in src.split():
        g, kana, ks = tok.split(':')
        out.append((g, kana, ks.split(',')))
    return out


FAMILIES = _parse_family(FAMILY_SRC)
GIVENS = _parse_given(GIVEN_SRC)
GIVEN_M = [g for g in GIVENS if g[0] == 'm']
GIVEN_F = [g for g in GIVENS if g[0] == 'f']

CN_FAM = [('王', 'ワン', 'Wang'), ('李', 'リ', 'Li'), ('張', 'チャン', 'Zhang'), ('劉', 'リュウ', 'Liu'),
          ('陳', 'チェン', 'Chen'), ('楊', 'ヤン', 'Yang'), ('趙', 'チャオ', 'Zhao'), ('黄', 'ホアン', 'Huang'),
          ('周', 'ジョウ', 'Zhou'), ('呉', 'ウー', 'Wu')]
CN_GIV = [('偉', 'ウェイ', 'Wei', 'm'), ('芳', 'ファン', 'Fang', 'f'), ('娜', 'ナー', 'Na', 'f'), ('敏', 'ミン', 'Min', 'f'),
          ('静', 'ジン', 'Jing', 'f'), ('磊', 'レイ', 'Lei', 'm'), ('強', 'チャン', 'Qiang', 'm'),
          ('建華', 'ジェンホア', 'Jianhua', 'm'), ('小龍', 'シャオロン', 'Xiaolong', 'm'), ('海燕', 'ハイイェン', 'Haiyan', 'f'),
          ('志明', 'ジーミン', 'Zhiming', 'm'), ('麗華', 'リーホア', 'Lihua', 'f')]
CN_ALIAS = {'m': ['Kevin', 'Jason', 'Michael', 'David', 'Tony'], 'f': ['Lily', 'Amy', 'Vivian', 'Grace', 'Cindy']}
KR_FAM = [('金', 'キム', 'Kim'), ('李', 'イ', 'Lee'), ('朴', 'パク', 'Park'), ('崔', 'チェ', 'Choi'),
          ('鄭', 'チョン', 'Jung'), ('姜', 'カン', 'Kang'), ('尹', 'ユン', 'Yoon')]
KR_GIV = [('民俊', 'ミンジュン', 'Min-jun', 'm'), ('秀賢', 'スヒョン', 'Soo-hyun', 'f'), ('志勲', 'ジフン', 'Ji-hoon', 'm'),
          ('恩恵', 'ウネ', 'Eun-hye', 'f'), ('成浩', 'ソンホ', 'Sung-ho', 'm'), ('美英', 'ミヨン', 'Mi-young', 'f'),
          ('泰植', 'テシク', 'Tae-sik', 'm'), ('智恩', 'ジウン', 'Ji-eun', 'f')]
VN_FAM = [('Nguyễn', 'グエン'), ('Trần', 'チャン'), ('Lê', 'レー'), ('Phạm', 'ファム'), ('Hoàng', 'ホアン'),
          ('Vũ', 'ヴー'), ('Đặng', 'ダン'), ('Bùi', 'ブイ')]
VN_GIV = [('Văn An', 'ヴァン アン', 'm'), ('Thị Hoa', 'ティ ホア', 'f'), ('Văn Hùng', 'ヴァン フン', 'm'),
          ('Thị Lan', 'ティ ラン', 'f'), ('Đức Minh', 'ドゥック ミン', 'm'), ('Quốc Bảo', 'クオック バオ', 'm'),
          ('Thị Thu', 'ティ トゥ', 'f'), ('Văn Tuấn', 'ヴァン トゥアン', 'm'), ('Thị Ngọc Ánh', 'ティ ゴック アイン', 'f')]
BR_FAM = [('Silva', 'シルバ'), ('Santos', 'サントス'), ('Oliveira', 'オリベイラ'), ('Souza', 'ソウザ'),
          ('Pereira', 'ペレイラ'), ('Costa', 'コスタ'), ('Ferreira', 'フェレイラ'), ('Almeida', 'アルメイダ')]
BR_GIV = [('João Pedro', 'ジョアン ペドロ', 'm'), ('José', 'ジョゼ', 'm'), ('Ana Paula', 'アナ パウラ', 'f'),
          ('Maria', 'マリア', 'f'), ('Luís', 'ルイス', 'm'), ('Márcio', 'マルシオ', 'm'), ('Fernanda', 'フェルナンダ', 'f'),
          ('Lucas', 'ルーカス', 'm'), ('Letícia', 'レチシア', 'f'), ('Marcos', 'マルコス', 'm')]
BR_NICK = {'José': 'Zé', 'Luís': 'Luiz', 'Márcio': 'Marcio', 'João Pedro': 'João', 'Ana Paula': 'Ana',
           'Fernanda': 'Nanda', 'Letícia': 'Leti', 'Lucas': 'Luke', 'Marcos': 'Marcão', 'Maria': 'Mari'}

# --------------------------------------------------------------------------
# gazetteer: (pref_k, pref_kana, pref_suffix, city_k, city_kana, city_suffix, ward_k, ward_kana,
#             area_code, postal3, towns [(k, kana_base, suffix_kana, has_chome)], old (k, romaji) or None)
# --------------------------------------------------------------------------
PREFS = {
    'osaka': ('大阪府', 'オオサカ', 'fu'), 'hyogo': ('兵庫県', 'ヒョウゴ', 'ken'), 'kyoto': ('京都府', 'キョウト', 'fu'),
    'nara': ('奈良県', 'ナラ', 'ken'), 'wakayama': ('和歌山県', 'ワカヤマ', 'ken'), 'shiga': ('滋賀県', 'シガ', 'ken'),
    'tokyo': ('東京都', 'トウキョウ', 'to'), 'kanagawa': ('神奈川県', 'カナガワ', 'ken'),
    'saitama': ('埼玉県', 'サイタマ', 'ken'), 'shizuoka': ('静岡県', 'シズオカ', 'ken'),
}
PREF_ORDER = ['osaka', 'hyogo', 'kyoto', 'nara', 'wakayama', 'shiga', 'tokyo', 'kanagawa', 'saitama', 'shizuoka']

# (pref, city_k, city_kana, city_suf, ward_k, ward_kana, area, [postal3], towns, old, weight)
GAZ_SRC = [
    ('osaka', '大阪市', 'オオサカ', 'shi', '北区', 'キタ', '06', ['530', '531'],
     [('梅田', 'ウメダ', '', 1), ('天神橋', 'テンジンバシ', '', 1), ('中崎西', 'ナカザキニシ', '', 1), ('西天満', 'ニシテンマ', '', 1), ('豊崎', 'トヨサキ', '', 1)], None, 10),
    ('osaka', '大阪市', 'オオサカ', 'shi', '中央区', 'チュウオウ', '06', ['540', '541', '542'],
     [('本町', 'ホンマチ', '', 1), ('南船場', 'ミナミセンバ', '', 1), ('谷町', 'タニマチ', '', 1), ('北浜', 'キタハマ', '', 1), ('島之内', 'シマノ|ウチ', '', 1)], None, 10),
    ('osaka', '大阪市', 'オオサカ', 'shi', '西区', 'ニシ', '06', ['550'],
     [('江戸堀', 'エドボリ', '', 1), ('靱本町', 'ウツボホンマチ', '', 1), ('北堀江', 'キタホリエ', '', 1), ('九条', 'クジョウ', '', 1)], None, 6),
    ('osaka', '大阪市', 'オオサカ', 'shi', '淀川区', 'ヨドガワ', '06', ['532'],
     [('西中島', 'ニシナカジマ', '', 1), ('宮原', 'ミヤハラ', '', 1), ('十三東', 'ジュウソウヒガシ', '', 1)], None, 5),
    ('osaka', '大阪市', 'オオサカ', 'shi', '浪速区', 'ナニワ', '06', ['556'],
     [('難波中', 'ナンバナカ', '', 1), ('日本橋', 'ニッポンバシ', '', 1), ('元町', 'モトマチ', '', 1)], None, 4),
    ('osaka', '大阪市', 'オオサカ', 'shi', '東成区', 'ヒガシナリ', '06', ['537'],
     [('深江北', 'フカエキタ', '', 1), ('大今里', 'オオイマザト', '', 1)], None, 4),
    ('osaka', '大阪市', 'オオサカ', 'shi', '生野区', 'イクノ', '06', ['544'],
     [('鶴橋', 'ツルハシ', '', 1), ('桃谷', 'モモダニ', '', 1)], None, 4),
    ('osaka', '大阪市', 'オオサカ', 'shi', '住之江区', 'スミノエ', '06', ['559'],
     [('北加賀屋', 'キタカガヤ', '', 1), ('南港北', 'ナンコウキタ', '', 1)], None, 3),
    ('osaka', '大阪市', 'オオサカ', 'shi', '城東区', 'ジョウトウ', '06', ['536'],
     [('今福西', 'イマフクニシ', '', 1), ('関目', 'セキメ', '', 1)], None, 3),
    ('osaka', '大阪市', 'オオサカ', 'shi', '平野区', 'ヒラノ', '06', ['547'],
     [('加美東', 'カミヒガシ', '', 1), ('平野本町', 'ヒラノホンマチ', '', 1)], None, 3),
    ('osaka', '堺市', 'サカイ', 'shi', '堺区', 'サカイ', '072', ['590'],
     [('南瓦町', 'ミナミカワラ', 'マチ', 0), ('戎島町', 'エビスジマ', 'チョウ', 1)], None, 4),
    ('osaka', '堺市', 'サカイ', 'shi', '北区', 'キタ', '072', ['591'],
     [('中百舌鳥町', 'ナカモズ', 'チョウ', 1), ('百舌鳥梅町', 'モズウメ', 'マチ', 1)], ('堺市', 'Sakai-shi'), 3),
    ('osaka', '堺市', 'サカイ', 'shi', '美原区', 'ミハラ', '072', ['587'],
     [('黒山', 'クロヤマ', '', 0), ('平尾', 'ヒラオ', '', 0)], ('南河内郡美原町', 'Mihara-cho, Minamikawachi-gun'), 2),
    ('osaka', '東大阪市', 'ヒガシオオサカ', 'shi', None, None, '06', ['577', '578'],
     [('高井田', 'タカイダ', '', 0), ('長田', 'ナガタ', '', 1), ('荒本北', 'アラモトキタ', '', 1), ('菱江', 'ヒシエ', '', 1)], None, 6),
    ('osaka', '豊中市', 'トヨナカ', 'shi', None, None, '06', ['560', '561'],
     [('本町', 'ホンマチ', '', 1), ('服部西町', 'ハットリニシ', 'マチ', 1), ('庄内栄町', 'ショウナイサカエ', 'マチ', 1)], None, 4),
    ('osaka', '吹田市', 'スイタ', 'shi', None, None, '06', ['564', '565'],
     [('江坂町', 'エサカ', 'チョウ', 1), ('豊津町', 'トヨツ', 'チョウ', 0), ('垂水町', 'タルミ', 'チョウ', 1)], None, 4),
    ('osaka', '高槻市', 'タカツキ', 'shi', None, None, '072', ['569'],
     [('城北町', 'ジョウホク', 'チョウ', 1), ('芥川町', 'アクタガワ', 'チョウ', 1)], None, 3),
    ('osaka', '枚方市', 'ヒラカタ', 'shi', None, None, '072', ['573'],
     [('岡東町', 'オカヒガシ', 'チョウ', 0), ('禁野本町', 'キンヤホンマチ', '', 1)], None, 3),
    ('osaka', '八尾市', 'ヤオ', 'shi', None, None, '072', ['581'],
     [('光町', 'ヒカリ', 'マチ', 1), ('北本町', 'キタホンマチ', '', 1)], None, 3),
    ('osaka', '茨木市', 'イバラキ', 'shi', None, None, '072', ['567'],
     [('竹橋町', 'タケハシ', 'チョウ', 0), ('別院町', 'ベツイン', 'チョウ', 0)], None, 2),
    ('osaka', '岸和田市', 'キシワダ', 'shi', None, None, '072', ['596'],
     [('宮本町', 'ミヤモト', 'チョウ', 0), ('港緑町', 'ミナトミドリ', 'マチ', 0)], None, 2),
    ('osaka', '門真市', 'カドマ', 'shi', None, None, '06', ['571'],
     [('末広町', 'スエヒロ', 'チョウ', 0), ('新橋町', 'シンバシ', 'チョウ', 0)], None, 2),
    ('hyogo', '神戸市', 'コウベ', 'shi', '中央区', 'チュウオウ', '078', ['650', '651'],
     [('三宮町', 'サンノミヤ', 'チョウ', 1), ('栄町通', 'サカエマチ', 'ドオリ', 1), ('元町通', 'モトマチ', 'ドオリ', 1)], None, 4),
    ('hyogo', '神戸市', 'コウベ', 'shi', '兵庫区', 'ヒョウゴ', '078', ['652'],
     [('中之島', 'ナカノシマ', '', 1), ('駅前通', 'エキマエ', 'ドオリ', 1)], None, 2),
    ('hyogo', '尼崎市', 'アマガサキ', 'shi', None, None, '06', ['660', '661'],
     [('東難波町', 'ヒガシナニワ', 'チョウ', 1), ('塚口町', 'ツカグチ', 'チョウ', 1)], None, 3),
    ('hyogo', '西宮市', 'ニシノミヤ', 'shi', None, None, '0798', ['662', '663'],
     [('今津', 'イマヅ', '', 0), ('甲子園口', 'コウシエングチ', '', 1)], None, 2),
    ('hyogo', '姫路市', 'ヒメジ', 'shi', None, None, '079', ['670'],
     [('西駅前町', 'ニシエキマエ', 'チョウ', 0), ('南畝町', 'ノウネ', 'チョウ', 1)], None, 2),
    ('kyoto', '京都市', 'キョウト', 'shi', '下京区', 'シモギョウ', '075', ['600'],
     [('東塩小路町', 'ヒガシシオコウジ', 'チョウ', 0), ('西洞院町', 'ニシノトウイン', 'チョウ', 0)], None, 3),
    ('kyoto', '京都市', 'キョウト', 'shi', '南区', 'ミナミ', '075', ['601'],
     [('吉祥院石原町', 'キッショウインイシハラ', 'チョウ', 0), ('東九条上殿田町', 'ヒガシクジョウカミトノダ', 'チョウ', 0)], None, 2),
    ('nara', '奈良市', 'ナラ', 'shi', None, None, '0742', ['630'],
     [('大宮町', 'オオミヤ', 'チョウ', 1), ('三条本町', 'サンジョウホン', 'マチ', 0)], None, 2),
    ('wakayama', '和歌山市', 'ワカヤマ', 'shi', None, None, '073', ['640'],
     [('本町', 'ホンマチ', '', 1), ('美園町', 'ミソノ', 'チョウ', 1)], None, 2),
    ('shiga', '大津市', 'オオツ', 'shi', None, None, '077', ['520'],
     [('浜大津', 'ハマオオツ', '', 1), ('打出浜', 'ウチデノハマ', '', 0)], None, 2),
    ('tokyo', '千代田区', 'チヨダ', 'ku', None, None, '03', ['101'],
     [('神田須田町', 'カンダスダ', 'チョウ', 1), ('岩本町', 'イワモト', 'チョウ', 1)], None, 3),
    ('tokyo', '中央区', 'チュウオウ', 'ku', None, None, '03', ['103', '104'],
     [('日本橋本町', 'ニホンバシホン', 'チョウ', 1), ('八丁堀', 'ハッチョウボリ', '', 1), ('京橋', 'キョウバシ', '', 1)], None, 3),
    ('tokyo', '港区', 'ミナト', 'ku', None, None, '03', ['105', '108'],
     [('芝浦', 'シバウラ', '', 1), ('浜松町', 'ハママツ', 'チョウ', 1), ('新橋', 'シンバシ', '', 1)], None, 3),
    ('tokyo', '品川区', 'シナガワ', 'ku', None, None, '03', ['141'],
     [('大崎', 'オオサキ', '', 1), ('東五反田', 'ヒガシゴタンダ', '', 1)], None, 2),
    ('tokyo', '大田区', 'オオタ', 'ku', None, None, '03', ['144', '143'],
     [('蒲田', 'カマタ', '', 1), ('大森北', 'オオモリキタ', '', 1)], None, 2),
    ('tokyo', '江東区', 'コウトウ', 'ku', None, None, '03', ['136', '135'],
     [('亀戸', 'カメイド', '', 1), ('東陽', 'トウヨウ', '', 1)], None, 2),
    ('tokyo', '新宿区', 'シンジュク', 'ku', None, None, '03', ['160', '169'],
     [('西新宿', 'ニシシンジュク', '', 1), ('高田馬場', 'タカダノババ', '', 1)], None, 2),
    ('tokyo', '足立区', 'アダチ', 'ku', None, None, '03', ['120'],
     [('千住', 'センジュ', '', 1), ('綾瀬', 'アヤセ', '', 1)], None, 1),
    ('kanagawa', '横浜市', 'ヨコハマ', 'shi', '港北区', 'コウホク', '045', ['222'],
     [('新横浜', 'シンヨコハマ', '', 1), ('大豆戸町', 'マメド', 'チョウ', 0)], None, 2),
    ('kanagawa', '川崎市', 'カワサキ', 'shi', '川崎区', 'カワサキ', '044', ['210'],
     [('砂子', 'イサゴ', '', 1), ('東田町', 'ヒガシダ', 'チョウ', 0)], None, 1),
    ('saitama', 'さいたま市', 'サイタマ', 'shi', '大宮区', 'オオミヤ', '048', ['330'],
     [('桜木町', 'サクラギ', 'チョウ', 1), ('大門町', 'ダイモン', 'チョウ', 1)], ('大宮市', 'Omiya-shi'), 2),
    ('saitama', 'さいたま市', 'サイタマ', 'shi', '浦和区', 'ウラワ', '048', ['330'],
     [('高砂', 'タカサゴ', '', 1), ('仲町', 'ナカ', 'チョウ', 1)], ('浦和市', 'Urawa-shi'), 1),
    ('shizuoka', '静岡市', 'シズオカ', 'shi', '清水区', 'シミズ', '054', ['424'],
     [('江尻町', 'エジリ', 'チョウ', 0), ('真砂町', 'マサゴ', 'チョウ', 0)], ('清水市', 'Shimizu-shi'), 1),
]

TOWNS = []      # flat list of town dicts
CITIES = []     # list of city keys in order
CITY_TOWNS = {}  # city key -> [town index]
for _e in GAZ_SRC:
    pref, ck, ckana, csuf, wk, wkana, area, p3s, towns, old, w = _e
    ckey = ck + (wk or '')
    if ckey not in CITY_TOWNS:
        CITY_TOWNS[ckey] = []
        CITIES.append((ckey, w, pref))
    for (tk, tkana, tsuf, chome) in towns:
        pc = ch(p3s) + '%04d' % R.randrange(1, 9999)
        t = dict(pref=pref, city_k=ck, city_kana=ckana, city_suf=csuf, ward_k=wk, ward_kana=wkana,
                 area=area, postal=pc, town_k=tk, town_kana=tkana, town_suf=tsuf, chome=chome,
                 old=old, ckey=ckey)
        CITY_TOWNS[ckey].append(len(TOWNS))
        TOWNS.append(t)
CITY_W = [(c[0], c[1]) for c in CITIES]
CITY_PREF = {c[0]: c[2] for c in CITIES}
OSAKA_CITIES = [c[0] for c in CITIES if c[2] == 'osaka']

SUF_ROM = {'チョウ': ('cho', 'chō'), 'マチ': ('machi', 'machi'), 'ドオリ': ('dori', 'dōri')}


def town_latin(t, macron=False):
    base = rom_cap(t['town_kana'], 'macron' if macron else 'plain').replace(' ', '')
    if t['town_suf']:
        base += '-' + SUF_ROM[t['town_suf']][1 if macron else 0]
    return base


def city_latin(t, fmt, macron=False):
    sysn = 'macron' if macron else 'plain'
    c = rom_cap(t['city_kana'], sysn).replace(' ', '')
    w = rom_cap(t['ward_kana'], sysn).replace(' ', '') if t['ward_k'] else None
    if fmt == 'ward_city':
        return (w + '-ku, ' if w else '') + c + '-' + t['city_suf']
    if fmt == 'city_ward':
        return c + '-' + t['city_suf'] + (' ' + w + '-ku' if w else '')
    # 'city' : bare city name (ward goes to line1)
    return c


def pref_latin(pref, fmt, macron=False):
    k, kana, suf = PREFS[pref]
    n = rom_cap(kana, 'macron' if macron else 'plain')
    if fmt == 'suffix':
        return n + '-' + suf
    if fmt == 'prefecture':
        return n + (' Prefecture' if suf != 'to' else '')
    return n


# --------------------------------------------------------------------------
# uniqueness registries (dicts used only for membership)
# --------------------------------------------------------------------------
USED_PHONE = {}
USED_EMAIL = {}
USED_ADDR = {}
USED_IDS = {}


def new_id():
    while True:
        v = 'c%07x' % R.getrandbits(28)
        if v not in USED_IDS:
            USED_IDS[v] = 1
            return v


def new_phone(area=None, mobile=False, free=False):
    while True:
        if free:
            p = ('0120', '%03d' % R.randrange(100, 999), '%03d' % R.randrange(0, 999))
        elif mobile:
            p = (ch(['090', '080', '070', '090', '080']), '%04d' % R.randrange(1000, 9999), '%04d' % R.randrange(0, 9999))
        else:
            a = area or '06'
            nl = 10 - len(a)
            if len(a) == 2:
                mid = '%04d' % R.randrange(2000, 9999)
            elif len(a) == 3:
                mid = '%03d' % R.randrange(200, 999)
            else:
                mid = '%02d' % R.randrange(20, 99)
            last = '%04d' % R.randrange(0, 9999)
            p = (a, mid, last)
            assert len(''.join(p)) == 10, (p, nl)
        key = ''.join(p)
        if key not in USED_PHONE:
            USED_PHONE[key] = 1
            return p


def reg_email(e):
    if e in USED_EMAIL:
        return False
    USED_EMAIL[e] = 1
    return True


# --------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------
OFFICE_BLDG_WORDS = [('大和', 'ダイワ', None), ('第一', 'ダイイチ', None), ('新', 'シン', None), ('協和', 'キョウワ', None),
                     ('朝日', 'アサヒ', None), ('三共', 'サンキョウ', None), ('日興', 'ニッコウ', None), ('千代田', 'チヨダ', None)]
RES_PRE = [('サン', 'サン', 'Sun'), ('グラン', 'グラン', 'Grand'), ('メゾン', 'メゾン', 'Maison'), ('ロイヤル', 'ロイヤル', 'Royal'),
           ('アーバン', 'アーバン', 'Urban'), ('エスポワール', 'エスポワール', 'Espoir'), ('パレス', 'パレス', 'Palace'),
           ('シャトー', 'シャトー', 'Chateau'), ('ベル', 'ベル', 'Belle'), ('リバーサイド', 'リバーサイド', 'Riverside')]
RES_SUF = [('ハイツ', 'ハイツ', 'Heights'), ('レジデンス', 'レジデンス', 'Residence'), ('コート', 'コート', 'Court'),
           ('マンション', 'マンション', 'Mansion'), ('コーポ', 'コーポ', 'Corpo'), ('ガーデン', 'ガーデン', 'Garden'),
           ('タワー', 'タワー', 'Tower'), ('ヒルズ', 'ヒルズ', 'Hills'), ('プラザ', 'プラザ', 'Plaza')]


def P(k, kana, lat=None, en=None):
    return (k, kana, lat, en)


def branch_part(br):
    k, kana, en = br[0], br[1], br[2]
    for jk, jkana, jl in (('支店', 'シテン', 'Shiten'), ('営業所', 'エイギョウショ', 'Eigyosho'),
                          ('出張所', 'シュッチョウジョ', 'Shutchojo')):
        if k.endswith(jk):
            return P(k, kana, rom_cap(kana[:-len(jkana)], 'plain') + ' ' + jl, en)
    return P(k, kana, None, en)


def town_part(t):
    return P(t['town_k'], t['town_kana'] + ('' if not t['town_suf'] else t['town_suf']))


def make_bldg(t, kind):
    if kind == 'office':
        r = R.random()
        tp = P(t['town_k'].rstrip('町通'), t['town_kana'])
        if r < 0.4:
            parts = [tp, P('第' + kanji_num(R.randint(1, 3)), {1: 'ダイイチ', 2: 'ダイニ', 3: 'ダイサン'}[0] if False else None), P('ビル', 'ビル', 'Bldg.', 'Building')]
            n = R.randint(1, 3)
            parts[1] = P('第' + '一二三'[n - 1], ['ダイイチ', 'ダイニ', 'ダイサン'][n - 1])
        elif r < 0.75:
            w = ch(OFFICE_BLDG_WORDS)
            parts = [P(w[0], w[1]), P('ビル', 'ビル', 'Bldg.', 'Building')]
        else:
            w = ch(OFFICE_BLDG_WORDS)
            parts = [tp, P(w[0], w[1]), P('ビル', 'ビル', 'Bldg.', 'Building')]
        return parts
    pre = ch(RES_PRE)
    suf = ch(RES_SUF)
    if chance(0.5):
        return [P(pre[0], pre[1], pre[2]), P(t['town_k'].rstrip('町通'), t['town_kana']), P(suf[0], suf[1], suf[2])]
    return [P(pre[0], pre[1], pre[2]), P(suf[0], suf[1], suf[2])]


def new_address(city=None, kind='office', bldg_p=None, town=None):
    """kind: office | res | house | site (own premises)"""
    for _ in range(200):
        if town is not None:
            ti = town
        else:
            ck = city or wch(CITY_W)
            ti = ch(CITY_TOWNS[ck])
        t = TOWNS[ti]
        if t['chome']:
            nums = (R.randint(1, 6), R.randint(1, 28), R.randint(1, 25) if chance(0.85) else None)
        else:
            nums = (None, R.randint(1, 980), R.randint(1, 12) if chance(0.4) else None)
        if bldg_p is None:
            bp = {'office': 0.6, 'res': 0.9, 'house': 0.0, 'site': 0.1}[kind]
        else:
            bp = bldg_p
        bldg = None
        room = None
        if chance(bp):
            bk = 'res' if kind == 'res' else 'office'
            bldg = make_bldg(t, bk)
            if bk == 'office':
                room = ('floor', R.randint(1, 9))
            else:
                room = ('room', R.randint(1, 8) * 100 + R.randint(1, 12))
        key = (ti, nums, room)
        if key not in USED_ADDR:
            USED_ADDR[key] = 1
            return {'t': ti, 'nums': nums, 'bldg': bldg, 'room': room, 'co': None}
    raise RuntimeError('address space exhausted')


def jp_nums(nums, fmt, dash):
    c, b, g = nums
    if c is not None:
        if fmt == 'hyphen':
            s = '%d-%d' % (c, b) + ('-%d' % g if g else '')
        elif fmt == 'chome':
            s = '%d丁目%d' % (c, b) + ('-%d' % g if g else '')
        elif fmt == 'full':
            s = '%d丁目%d番' % (c, b) + ('%d号' % g if g else '地')
        elif fmt == 'kanji':
            s = kanji_num(c) + '丁目' + kanji_num(b) + '番' + (kanji_num(g) + '号' if g else '地')
        else:  # banchi
            s = '%d丁目%d番地' % (c, b) + ('%d' % g if g else '')
    else:
        if fmt in ('hyphen', 'chome'):
            s = '%d' % b + ('-%d' % g if g else '')
        elif fmt == 'kanji':
            s = kanji_num(b) + '番地' + ('の' + kanji_num(g) if g else '')
        else:
            s = '%d番地' % b + ('%d' % g if g else '')
    if dash != '-':
        s = s.replace('-', dash)
    return s


def latin_nums(nums, fmt, town):
    c, b, g = nums
    if c is not None:
        core = '%d-%d' % (c, b) + ('-%d' % g if g else '')
        if fmt == 'town_first':
            return '%s %s' % (town, core)
        if fmt == 'chome':
            return '%s %d-chome %d' % (town, c, b) + ('-%d' % g if g else '')
        if fmt == 'comma':
            return '%s, %s' % (core, town)
        return '%s %s' % (core, town)
    core = '%d' % b + ('-%d' % g if g else '')
    if fmt == 'town_first' or fmt == 'chome':
        return '%s %s' % (town, core)
    if fmt == 'comma':
        return '%s, %s' % (core, town)
    return '%s %s' % (core, town)


def parts_k(parts):
    return ''.join(p[0] for p in parts)


def parts_kana(parts):
    return ''.join(p[1] for p in parts).replace('|', '')


def parts_latin(parts, system='plain', en=False):
    out = ''
    for k, kana, lat, eng in parts:
        if en and eng:
            s = eng
        elif lat:
            s = lat
        else:
            s = rom_cap(kana, system).replace(' ', '')
        if s.startswith('~'):
            out += s[1:]
        elif s.startswith('-'):
            out += s
        else:
            out += (' ' if out else '') + s
    return out


def render_addr(a, st):
    f = st['addr']
    if a is None or f is None:
        return None
    t = TOWNS[a['t']]
    old = st['old_city'] and t['old'] is not None
    macron = st['place_romaji'] == 'macron'
    res = {'line1': None, 'line2': None, 'city': None, 'region': None, 'postalCode': None, 'country': None}
    if f in ('jp', 'jp_line1'):
        numstr = jp_nums(a['nums'], st['num'], st['dash'])
        line1 = t['town_k'] + numstr
        city = t['old'][0] if old else (t['city_k'] + (t['ward_k'] or ''))
        region = PREFS[t['pref']][0]
        if old and t['old'][0].startswith('南河内郡'):
            city = t['old'][0]
        if f == 'jp_line1':
            line1 = (region if st['pref'] else '') + city + line1
            city = None
            region = None
        elif not st['pref']:
            region = None
        line2 = None
        if st['line2'] and a['bldg']:
            b = parts_k(a['bldg'])
            if st['script'] == 'kana_half':
                b = to_half_kana(b)
            kind, n = a['room']
            if kind == 'floor':
                rs = ch(['%dF', '%d階', '%dF']) % n if st['room_fmt'] is None else (['%dF', '%d階', '%dF'][st['room_fmt'] % 3] % n)
            else:
                rs = ['%d号室', '%d', '%d号'][st['room_fmt'] % 3 if st['room_fmt'] is not None else 0] % n
            line2 = b + st['bsep'] + rs
        if a['co'] and st['line2']:
            line2 = (line2 + ' ' if line2 else '') + a['co'][0]
        if st['fw']:
            line1 = to_full_digits(line1)
            if line2:
                line2 = to_full_digits(line2)
        res.update(line1=line1, line2=line2, city=city, region=region)
    else:
        town = town_latin(t, macron)
        line1 = latin_nums(a['nums'], st['num_lat'], town)
        cfmt = st['city_fmt']
        if old:
            city = t['old'][1]
        else:
            city = city_latin(t, cfmt, macron)
            if cfmt == 'city' and t['ward_k']:
                line1 += ', ' + rom_cap(t['ward_kana'], 'macron' if macron else 'plain') + '-ku'
        region = pref_latin(t['pref'], st['pref_fmt'], macron) if st['pref'] else None
        if f == 'latin_line1':
            line1 = line1 + ', ' + city + ((', ' + region) if region else '')
            city = None
            region = None
        line2 = None
        if st['line2'] and a['bldg']:
            b = parts_latin(a['bldg'], 'macron' if macron else 'plain', en=st['en'])
            kind, n = a['room']
            if kind == 'floor':
                rs = ['%dF', '%dF', '%d Fl.'][st['room_fmt'] % 3 if st['room_fmt'] is not None else 0] % n
            else:
                rs = ['#%d', 'Room %d', '%d'][st['room_fmt'] % 3 if st['room_fmt'] is not None else 0] % n
            line2 = b + ' ' + rs
        if a['co'] and st['line2']:
            line2 = (line2 + ', ' if line2 else '') + a['co'][1]
        if st['addr_case'] == 'upper':
            line1 = line1.upper()
            city = city.upper() if city else city
            region = region.upper() if region else region
            line2 = line2.upper() if line2 else line2
        res.update(line1=line1, line2=line2, city=city, region=region)
    pc = t['postal']
    pf = st['postal']
    if pf == 'std':
        res['postalCode'] = pc[:3] + '-' + pc[3:]
    elif pf == 'plain':
        res['postalCode'] = pc
    elif pf == 'mark':
        res['postalCode'] = '〒' + pc[:3] + '-' + pc[3:]
    if st['fw'] and res['postalCode'] and f.startswith('jp'):
        res['postalCode'] = to_full_digits(res['postalCode'])
    res['country'] = st['country']
    return res


# --------------------------------------------------------------------------
# phones and e-mail
# --------------------------------------------------------------------------
def fmt_phone_core(p, f):
    a, b, c = p
    if f == 'hyphen':
        return '%s-%s-%s' % p
    if f == 'paren':
        return '%s(%s)%s' % p
    if f == 'plain':
        return a + b + c
    if f == 'space':
        return '%s %s %s' % p
    if f == 'intl':
        return '+81 %s %s %s' % (a[1:], b, c)
    if f == 'intl_h':
        return '+81-%s-%s-%s' % (a[1:], b, c)
    if f == 'intl_0':
        return '+81 (0)%s-%s-%s' % (a[1:], b, c)
    raise ValueError(f)


def render_phone(e, st):
    f = st['phone']
    if f is None:
        return None
    which = st['phone_which']
    if which == 'mobile' and e.get('mobile'):
        p = e['mobile']
    elif which == 'fax' and e.get('fax'):
        p = e['fax']
    else:
        p = e.get('phone') or e.get('mobile')
    if p is None:
        return None
    s = fmt_phone_core(p, f)
    if st['fw']:
        s = to_full(s).replace('＋', '+') if f.startswith('intl') else to_full(s)
    deco = st['phone_deco']
    if deco and deco.startswith('fax') and e.get('fax') and which != 'fax':
        fx = fmt_phone_core(e['fax'], f)
        if st['fw']:
            fx = to_full(fx)
        if deco == 'fax':
            s = s + ' FAX ' + fx
        elif deco == 'fax2':
            s = 'TEL:' + s + ' FAX:' + fx
        else:
            s = s + '（FAX ' + fx + '）'
    elif deco == 'tel':
        s = 'TEL ' + s
    elif deco and deco.startswith('ext') and e.get('ext'):
        s = s + (' 内線' + e['ext'] if deco == 'ext' else ' ext. ' + e['ext'])
    if which == 'fax' and e.get('fax'):
        s = s  # a FAX number written where the phone should be
    return s


def render_email(e, st):
    w = st['email_which']
    if w is None:
        return None
    m = e.get('email2') if (w == 'alt' and e.get('email2')) else e.get('email')
    if m is None:
        return None
    c = st['email_case']
    if c == 'upper':
        m = m.upper()
    elif c == 'title':
        m = m[:1].upper() + m[1:]
    return m


PERSONAL_DOMAINS = [('docomo.ne.jp', 18), ('ezweb.ne.jp', 10), ('au.com', 3), ('i.softbank.jp', 8), ('gmail.com', 25),
                    ('yahoo.co.jp', 20), ('icloud.com', 6), ('outlook.jp', 3), ('nifty.com', 2), ('biglobe.ne.jp', 2)]
PUBLIC_DOMAINS = [d for d, _ in PERSONAL_DOMAINS]
CUTE = ['sora', 'hikari', 'blue-sky', 'happy', 'ocean', 'kaze', 'star', 'lucky', 'momo', 'mint', 'sunny', 'hana',
        'tomo', 'kuma', 'neko', 'pochi', 'rainbow', 'green', 'wave', 'yuki']


def person_email(fam, giv, domain=None):
    for _ in range(100):
        d = domain or wch(PERSONAL_DOMAINS)
        fam_l = fam.lower()
        giv_l = giv.lower()
        yy = R.randint(60, 99) if chance(0.5) else R.randint(0, 12)
        pat = R.randrange(9)
        if pat == 0:
            l = '%s.%s' % (giv_l, fam_l)
        elif pat == 1:
            l = '%s.%s' % (fam_l, giv_l)
        elif pat == 2:
            l = '%s-%s' % (giv_l[0], fam_l)
        elif pat == 3:
            l = '%s_%s%02d' % (fam_l, giv_l[0], yy)
        elif pat == 4:
            l = '%s%02d%02d' % (giv_l, R.randint(1, 12), R.randint(1, 28))
        elif pat == 5:
            l = '%s.%s%d' % (ch(CUTE), ch(CUTE), R.randint(1, 999))
        elif pat == 6:
            l = '%s%s' % (fam_l[:4], giv_l[:4])
        elif pat == 7:
            l = '%s-%s.%02d' % (fam_l, ch(CUTE), yy)
        else:
            l = '%s%s%02d' % (giv_l, fam_l[0], yy)
        l = ''.join(c for c in unicodedata.normalize('NFD', l) if c.isascii() and (c.isalnum() or c in '._-'))
        if d in ('docomo.ne.jp', 'ezweb.ne.jp', 'i.softbank.jp', 'au.com') and chance(0.4):
            l = l.replace('.', '-') + '.' + ch(CUTE)
        e = l + '@' + d
        if reg_email(e):
            return e
    raise RuntimeError('email')


def slugify(s):
    s = unicodedata.normalize('NFD', s.lower())
    s = ''.join(c for c in s if c.isascii())
    out = []
    for c in s:
        if c.isalnum():
            out.append(c)
        elif out and out[-1] != '-':
            out.append('-')
    return ''.join(out).strip('-')


# --------------------------------------------------------------------------
# entities
# --------------------------------------------------------------------------
def pick_family():
    kana, ks = ch(FAMILIES)
    k = ks[0] if (len(ks) == 1 or chance(0.8)) else ch(ks[1:])
    return k, kana


def pick_given(gender):
    g, kana, ks = ch(GIVEN_M if gender == 'm' else GIVEN_F)
    return ch(ks), kana


def jp_person_names(gender=None, fam=None):
    gender = gender or ch(['m', 'm', 'm', 'f', 'f'])
    fk, fkana = fam if fam else pick_family()
    gk, gkana = pick_given(gender)
    return dict(nat='jp', gender=gender, fam_k=fk, fam_kana=fkana, giv_k=gk, giv_kana=gkana,
                fam_lat=None, giv_lat=None, alias=None)


def foreign_person_names(nat):
    if nat == 'cn':
        f = ch(CN_FAM)
        g = ch(CN_GIV)
        return dict(nat='cn', gender=g[3], fam_k=f[0], fam_kana=f[1], giv_k=g[0], giv_kana=g[1], fam_lat=f[2],
                    giv_lat=g[2], alias=ch(CN_ALIAS[g[3]]) if chance(0.4) else None)
    if nat == 'kr':
        f = ch(KR_FAM)
        g = ch(KR_GIV)
        return dict(nat='kr', gender=g[3], fam_k=f[0], fam_kana=f[1], giv_k=g[0], giv_kana=g[1], fam_lat=f[2],
                    giv_lat=g[2], alias=None)
    if nat == 'vn':
        f = ch(VN_FAM)
        g = ch(VN_GIV)
        return dict(nat='vn', gender=g[2], fam_k=None, fam_kana=f[1], giv_k=None, giv_kana=g[1], fam_lat=f[0],
                    giv_lat=g[0], alias=None)
    if nat == 'br':
        g = ch(BR_GIV)
        if chance(0.45):   # nikkei: Japanese family name
            fk, fkana = pick_family()
            return dict(nat='br', gender=g[2], fam_k=fk, fam_kana=fkana, giv_k=None, giv_kana=g[1], fam_lat=None,
                        giv_lat=g[0], alias=None)
        f = ch(BR_FAM)
        return dict(nat='br', gender=g[2], fam_k=None, fam_kana=f[1], giv_k=None, giv_kana=g[1], fam_lat=f[0],
                    giv_lat=g[0], alias=None)
    raise ValueError(nat)


def name_latin(n, system='plain'):
    fam = n['fam_lat'] if n['fam_lat'] else rom_cap(n['fam_kana'], system).replace(' ', '')
    giv = n['giv_lat'] if n['giv_lat'] else rom_cap(n['giv_kana'], system).replace(' ', '')
    return fam, giv


def ascii_fold(s):
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))


def make_person(nat=None, city=None, kind=None, names=None):
    nat = nat or wch([('jp', 82), ('cn', 6), ('kr', 5), ('vn', 4), ('br', 3)])
    n = names or (jp_person_names() if nat == 'jp' else foreign_person_names(nat))
    e = {'type': 'person', 'kind': 'person:' + n['nat']}
    e.update(n)
    ak = 'res' if chance(0.55) else 'house'
    e['addr'] = new_address(city=city, kind=ak)
    t = TOWNS[e['addr']['t']]
    e['phone'] = new_phone(t['area']) if chance(0.45) else None
    e['mobile'] = new_phone(mobile=True) if (e['phone'] is None or chance(0.5)) else None
    e['fax'] = None
    e['ext'] = None
    fam, giv = name_latin(n, 'plain')
    e['email'] = person_email(ascii_fold(fam), ascii_fold(giv).split(' ')[0]) if chance(0.85) else None
    e['email2'] = None
    e['contact'] = None
    return e


# ---- organisations --------------------------------------------------------
WORDS = [('共栄', 'キョウエイ'), ('三協', 'サンキョウ'), ('大和', 'ダイワ'), ('丸三', 'マルサン'), ('東邦', 'トウホウ'),
         ('協和', 'キョウワ'), ('日進', 'ニッシン'), ('大成', 'タイセイ'), ('新栄', 'シンエイ'), ('昭和', 'ショウワ'),
         ('浪速', 'ナニワ'), ('阪神', 'ハンシン'), ('北摂', 'ホクセツ'), ('泉州', 'センシュウ'), ('河内', 'カワチ'),
         ('近畿', 'キンキ'), ('関西', 'カンサイ'), ('第一', 'ダイイチ'), ('富士', 'フジ'), ('旭', 'アサヒ'),
         ('松栄', 'ショウエイ'), ('太陽', 'タイヨウ'), ('栄光', 'エイコウ'), ('城東', 'ジョウトウ'), ('平和', 'ヘイワ'),
         ('大栄', 'ダイエイ'), ('三栄', 'サンエイ'), ('光陽', 'コウヨウ'), ('明和', 'メイワ'), ('朝日', 'アサヒ'),
         ('丸正', 'マルショウ'), ('大同', 'ダイドウ'), ('東洋', 'トウヨウ'), ('中央', 'チュウオウ'), ('南海', 'ナンカイ'),
         ('淀川', 'ヨドガワ'), ('天満', 'テンマ'), ('摂津', 'セッツ'), ('豊国', 'ホウコク'), ('親和', 'シンワ'),
         ('誠和', 'セイワ'), ('和光', 'ワコウ'), ('双葉', 'フタバ'), ('若葉', 'ワカバ'), ('大昌', 'ダイショウ'),
         ('丸和', 'マルワ'), ('金剛', 'コンゴウ'), ('生駒', 'イコマ'), ('千里', 'センリ'), ('六甲', 'ロッコウ'),
         ('葛城', 'カツラギ'), ('難波', 'ナンバ'), ('堀江', 'ホリエ'), ('住吉', 'スミヨシ'), ('三和', 'サンワ'),
         ('日之出', 'ヒノデ'), ('山陽', 'サンヨウ'), ('丸勝', 'マルカツ'), ('角丸', 'カクマル'), ('大洋', 'タイヨウ')]
KATA_WORDS = [('アクア', 'アクア', 'Aqua'), ('テクノ', 'テクノ', 'Techno'), ('エコ', 'エコ', 'Eco'), ('ライフ', 'ライフ', 'Life'),
              ('サンライズ', 'サンライズ', 'Sunrise'), ('クリエイト', 'クリエイト', 'Create'), ('ユニオン', 'ユニオン', 'Union'),
              ('グリーン', 'グリーン', 'Green'), ('アーク', 'アーク', 'Arc'), ('ネクスト', 'ネクスト', 'Next'),
              ('スマイル', 'スマイル', 'Smile'), ('フロンティア', 'フロンティア', 'Frontier'), ('ブライト', 'ブライト', 'Bright')]
TRADES = [
    [P('設備', 'セツビ', None, 'Equipment')], [P('工業', 'コウギョウ', None, 'Industries')],
    [P('電気', 'デンキ', None, 'Electric')], [P('電設', 'デンセツ', None, 'Electrical Works')],
    [P('管工', 'カンコウ', None, 'Piping')], [P('建設', 'ケンセツ', None, 'Construction')],
    [P('住設', 'ジュウセツ', None, 'Housing Equipment')], [P('水道', 'スイドウ', None, 'Plumbing')],
    [P('空調', 'クウチョウ', None, 'Air Conditioning')], [P('商会', 'ショウカイ', None, 'Trading')],
    [P('産業', 'サンギョウ', None, 'Industry')], [P('技研', 'ギケン', None, 'Engineering')],
    [P('冷熱', 'レイネツ', None, 'Heating & Cooling')], [P('電工', 'デンコウ', None, 'Electric Works')],
    [P('設備', 'セツビ', None, 'Equipment'), P('工業', 'コウギョウ', None, 'Industries')],
    [P('管設', 'カンセツ', None, 'Piping Works')], [P('建材', 'ケンザイ', None, 'Building Materials')],
    [P('住宅', 'ジュウタク', None, 'Home'), P('設備', 'セツビ', None, 'Equipment')],
    [P('エンジニアリング', 'エンジニアリング', 'Engineering', 'Engineering')],
    [P('テック', 'テック', 'Tech', 'Tech')], [P('サービス', 'サービス', 'Service', 'Service')],
    [P('電業', 'デンギョウ', None, 'Electric')], [P('工務店', 'コウムテン', None, 'Builders')],
    [P('水道', 'スイドウ', None, 'Plumbing'), P('工業所', 'コウギョウショ', None, 'Works')],
    [P('電機', 'デンキ', None, 'Electric')], [P('興業', 'コウギョウ', None, 'Industries')],
]
SHOP_TRADES = [
    [P('工務店', 'コウムテン', None, 'Builders')], [P('電気', 'デンキ', None, 'Electric')],
    [P('設備', 'セツビ', None, 'Equipment')], [P('水道', 'スイドウ', None, 'Plumbing')],
    [P('電気', 'デンキ', None, 'Electric'), P('商会', 'ショウカイ', None, 'Trading')],
    [P('管工', 'カンコウ', None, 'Piping')], [P('住設', 'ジュウセツ', None, 'Housing Equipment')],
    [P('電気', 'デンキ', None, 'Electric'), P('工事', 'コウジ', None, 'Works')],
    [P('水道', 'スイドウ', None, 'Plumbing'), P('工業所', 'コウギョウショ', None, 'Works')],
    [P('建築', 'ケンチク', None, 'Construction')], [P('塗装', 'トソウ', None, 'Painting')],
    [P('空調', 'クウチョウ', None, 'Air Conditioning'), P('サービス', 'サービス', 'Service', 'Service')],
]
GROUP_TRADES = [[P('ホールディングス', 'ホールディングス', 'Holdings', 'Holdings')],
                [P('サービス', 'サービス', 'Service', 'Service')], [P('設備', 'セツビ', None, 'Equipment')],
                [P('電設', 'デンセツ', None, 'Electrical Works')], [P('建設', 'ケンセツ', None, 'Construction')],
                [P('リフォーム', 'リフォーム', 'Reform', 'Reform')], [P('管工', 'カンコウ', None, 'Piping')],
                [P('不動産', 'フドウサン', None, 'Real Estate')], [P('物流', 'ブツリュウ', None, 'Logistics')]]
FORMS = {
    'kk': {'k': ['株式会社', '(株)', '（株）', '㈱'], 'half': ('ｶ)', '(ｶ'),
           'lat_post': ['Co., Ltd.', 'Co.,Ltd.', 'K.K.', 'Inc.', 'Corporation', 'Co., Ltd'],
           'lat_pre': ['Kabushiki Kaisha', 'K.K.'], 'short': '(株)'},
    'yk': {'k': ['有限会社', '(有)', '（有）', '㈲'], 'half': ('ﾕ)', '(ﾕ'),
           'lat_post': ['Y.K.', 'Ltd.', 'Co., Ltd.', 'Yugen Kaisha'], 'lat_pre': ['Yugen Kaisha', 'Y.K.'], 'short': '(有)'},
    'godo': {'k': ['合同会社', '(同)'], 'half': ('ﾄﾞ)', '(ﾄﾞ'),
             'lat_post': ['LLC', 'G.K.', 'Godo Kaisha', 'LLC.'], 'lat_pre': ['Godo Kaisha'], 'short': '(同)'},
    'iryo': {'k': ['医療法人', '医療法人社団', '(医)'], 'half': ('ｲ)', '(ｲ'), 'lat_post': [],
             'lat_pre': ['Medical Corporation', 'Iryo Hojin'], 'short': '(医)'},
    'gakko': {'k': ['学校法人', '(学)'], 'half': ('ｶﾞｸ)', '(ｶﾞｸ'), 'lat_post': [],
              'lat_pre': ['Educational Corporation', 'Gakko Hojin'], 'short': '(学)'},
    'shukyo': {'k': ['宗教法人', '(宗)'], 'half': ('ｼﾕｳ)', '(ｼﾕｳ'), 'lat_post': [],
               'lat_pre': ['Religious Corporation'], 'short': '(宗)'},
}
BRANCHES = [  # (k, kana, en, city keys)
    ('大阪支店', 'オオサカシテン', 'Osaka Branch', ['大阪市北区', '大阪市中央区', '大阪市西区', '大阪市淀川区']),
    ('東京営業所', 'トウキョウエイギョウショ', 'Tokyo Sales Office', ['千代田区', '中央区', '港区', '品川区']),
    ('神戸営業所', 'コウベエイギョウショ', 'Kobe Sales Office', ['神戸市中央区', '神戸市兵庫区']),
    ('京都支店', 'キョウトシテン', 'Kyoto Branch', ['京都市下京区', '京都市南区']),
    ('堺営業所', 'サカイエイギョウショ', 'Sakai Sales Office', ['堺市堺区', '堺市北区']),
    ('北大阪営業所', 'キタオオサカエイギョウショ', 'North Osaka Sales Office', ['豊中市', '吹田市', '茨木市']),
    ('東大阪営業所', 'ヒガシオオサカエイギョウショ', 'Higashi-Osaka Sales Office', ['東大阪市', '八尾市']),
    ('横浜支店', 'ヨコハマシテン', 'Yokohama Branch', ['横浜市港北区']),
    ('奈良営業所', 'ナラエイギョウショ', 'Nara Sales Office', ['奈良市']),
    ('姫路出張所', 'ヒメジシュッチョウジョ', 'Himeji Office', ['姫路市']),
    ('さいたま営業所', 'サイタマエイギョウショ', 'Saitama Sales Office', ['さいたま市大宮区']),
]
DEPTS = [('営繕課', 'エイゼンカ', 'Building Maintenance Division', 'eizen'),
         ('住宅管理課', 'ジュウタクカンリカ', 'Housing Management Division', 'jutaku'),
         ('施設課', 'シセツカ', 'Facilities Division', 'shisetsu'),
         ('管財課', 'カンザイカ', 'Property Division', 'kanzai'),
         ('公園緑地課', 'コウエンリョクチカ', 'Parks Division', 'koen'),
         ('下水道課', 'ゲスイドウカ', 'Sewerage Division', 'gesuido'),
         ('水道工務課', 'スイドウコウムカ', 'Waterworks Division', 'suido'),
         ('教育施設課', 'キョウイクシセツカ', 'Education Facilities Division', 'kyoiku-shisetsu'),
         ('環境保全課', 'カンキョウホゼンカ', 'Environment Division', 'kankyo'),
         ('消防局総務課', 'ショウボウキョクソウムカ', 'Fire Bureau General Affairs', 'shobo-somu')]
CITY_HALLS = ['堺市堺区', '豊中市', '吹田市', '東大阪市', '高槻市', '枚方市', '八尾市', '尼崎市', '西宮市', '奈良市',
              '大津市', '和歌山市', '茨木市', '岸和田市', '門真市']
TEMPLES = [('光明', 'コウミョウ'), ('西福', 'サイフク'), ('浄願', 'ジョウガン'), ('正覚', 'ショウカク'), ('龍泉', 'リュウセン'),
           ('願生', 'ガンショウ'), ('安養', 'アンヨウ'), ('善福', 'ゼンプク'), ('常楽', 'ジョウラク'), ('妙法', 'ミョウホウ'),
           ('大福', 'ダイフク'), ('宝泉', 'ホウセン'), ('円福', 'エンプク'), ('長福', 'チョウフク')]
SHRINES = [('八幡', 'ハチマン'), ('春日', 'カスガ'), ('住吉', 'スミヨシ'), ('稲荷', 'イナリ'), ('白山', 'ハクサン'),
           ('熊野', 'クマノ'), ('日吉', 'ヒヨシ'), ('天神', 'テンジン'), ('八坂', 'ヤサカ'), ('菅原', 'スガワラ')]

MGMT_SUF = [[P('コミュニティ', 'コミュニティ', 'Community', 'Community')],
            [P('住宅', 'ジュウタク', None, 'Housing'), P('管理', 'カンリ', None, 'Management')],
            [P('ハウジング', 'ハウジング', 'Housing', 'Housing'), P('サービス', 'サービス', 'Service', 'Service')],
            [P('管理', 'カンリ', None, 'Management'), P('サービス', 'サービス', 'Service', 'Service')]]
AGENT_SUF = [[P('不動産', 'フドウサン', None, 'Real Estate')], [P('地所', 'ジショ', None, 'Estate')],
             [P('住宅', 'ジュウタク', None, 'Housing'), P('管理', 'カンリ', None, 'Management')]]

USED_STEMS = {}


def reserve_stem(key):
    if key in USED_STEMS:
        return False
    USED_STEMS[key] = 1
    return True


def make_contact():
    return jp_person_names()


def company_domain(parts, form, style=None):
    base = slugify(parts_latin(parts, 'plain'))
    for _ in range(50):
        r = R.randrange(6)
        if r == 0:
            d = base + '.co.jp'
        elif r == 1:
            d = base.replace('-', '') + '.co.jp'
        elif r == 2:
            d = base + '.jp'
        elif r == 3:
            d = ('kk-' if form == 'kk' else '') + base + '.com'
        elif r == 4:
            d = base.split('-')[0] + '-' + ''.join(w[0] for w in base.split('-')[1:]) + '.co.jp'
        else:
            d = base + '-' + ch(['net', 'web', 'jp', 'osaka']) + '.co.jp'
        if d not in USED_EMAIL:
            USED_EMAIL[d] = 1
            return d
    return base + '%d.co.jp' % R.randint(2, 99)


def org_base(otype, form, parts, suffix, city=None, addr_kind='office'):
    e = {'type': 'org', 'otype': otype, 'kind': 'org:' + otype, 'form': form,
         'form_pos': 'pre' if form in ('iryo', 'gakko', 'shukyo') else ('pre' if chance(0.55) else 'post'),
         'parts': parts, 'suffix': suffix, 'contact': None, 'fax': None, 'ext': None, 'mobile': None,
         'email2': None, 'group': None, 'mgmt': None}
    if form is None:
        e['form_pos'] = None
    e['addr'] = new_address(city=city, kind=addr_kind)
    t = TOWNS[e['addr']['t']]
    e['phone'] = new_phone(t['area'])
    return e


def make_company(otype=None, city=None, stem=None, trade=None, form=None):
    otype = otype or wch([('kk', 62), ('yk', 20), ('godo', 8)])
    form = form or otype
    for _ in range(200):
        if stem is None:
            r = R.random()
            if r < 0.4:
                fk, fkana = pick_family()
                st = [P(fk, fkana)]
            elif r < 0.85:
                w = ch(WORDS)
                st = [P(w[0], w[1])]
            else:
                w = ch(KATA_WORDS)
                st = [P(w[0], w[1], w[2])]
        else:
            st = stem
        tr = trade or ch(TRADES)
        parts = st + tr
        if reserve_stem(parts_k(parts)):
            break
        if stem is not None and trade is not None:
            break
    e = org_base(otype, form, parts, None, city=city)
    e['fax'] = new_phone(e['phone'][0]) if chance(0.6) else None
    if chance(0.15):
        e['phone'] = new_phone(free=True) if chance(0.3) else e['phone']
    e['domain'] = company_domain(parts, form) if chance(0.8) else None
    e['contact'] = make_contact() if chance(0.7) else None
    if e['domain']:
        if e['contact'] and chance(0.4):
            fam, giv = name_latin(e['contact'], 'plain')
            loc = ch(['%s.%s' % (giv[0].lower(), fam.lower()), fam.lower(), '%s-%s' % (fam.lower(), giv[0].lower())])
        else:
            loc = ch(['info', 'info', 'keiri', 'order', 'jimu', 'office', 'eigyo', 'somu', 'mail'])
        e['email'] = loc + '@' + e['domain']
        reg_email(e['email'])
    else:
        c = e['contact'] or jp_person_names()
        fam, giv = name_latin(c, 'plain')
        e['email'] = person_email(fam, giv) if chance(0.8) else None
    return e


def make_shop(city=None):
    for _ in range(200):
        owner = jp_person_names(gender='m' if chance(0.9) else 'f')
        r = R.random()
        if r < 0.75:
            st = [P(owner['fam_k'], owner['fam_kana'])]
        elif r < 0.9:
            st = [P('マル' + owner['fam_k'][0], 'マル' + owner['fam_kana'][:2])]
            st = [P(owner['fam_k'][0] + owner['giv_k'][0], None)]
            st = [P(owner['fam_k'], owner['fam_kana'])]
        else:
            w = ch(WORDS)
            st = [P(w[0], w[1])]
        parts = st + ch(SHOP_TRADES)
        if reserve_stem(parts_k(parts)):
            break
    e = org_base('shop', None, parts, None, city=city, addr_kind='site')
    e['contact'] = owner
    if chance(0.5):
        e['mobile'] = new_phone(mobile=True)
    if chance(0.35):
        e['phone'] = e['mobile'] or new_phone(mobile=True)
    e['fax'] = new_phone(e['phone'][0]) if (chance(0.5) and not e['phone'][0].startswith('0')) else (new_phone(TOWNS[e['addr']['t']]['area']) if chance(0.4) else None)
    fam, giv = name_latin(owner, 'plain')
    if chance(0.25):
        e['domain'] = company_domain(parts, None)
        e['email'] = ch(['info', fam.lower(), 'mail']) + '@' + e['domain']
        reg_email(e['email'])
    else:
        e['domain'] = None
        e['email'] = person_email(fam, giv) if chance(0.85) else None
    return e


def make_condo(mgmt, city=None):
    for _ in range(200):
        t = TOWNS[ch(CITY_TOWNS[city or ch(OSAKA_CITIES)])]
        pre = ch(RES_PRE)
        suf = ch(RES_SUF)
        tp = P(t['town_k'].rstrip('町通'), t['town_kana'])
        bparts = [P(pre[0], pre[1], pre[2]), tp, P(suf[0], suf[1], suf[2])]
        parts = bparts + [P('管理組合', 'カンリクミアイ', None, 'Condominium Association')]
        if reserve_stem(parts_k(parts)):
            break
    e = org_base('condo', None, parts, None, addr_kind='site')
    # the association's address is the building itself
    ti = CITY_TOWNS[t['ckey']].index(TOWNS.index(t)) if False else TOWNS.index(t)
    e['addr'] = new_address(town=ti, kind='site', bldg_p=0.0)
    e['addr']['bldg'] = bparts
    e['addr']['room'] = ('floor', 1)
    e['addr']['co'] = ('（' + parts_k(mgmt['parts']) + '気付）', 'c/o ' + parts_latin(mgmt['parts'], 'plain', en=False)) if chance(0.3) else None
    e['phone'] = mgmt['phone']
    e['fax'] = mgmt['fax']
    e['email'] = mgmt['shared_email']
    e['domain'] = mgmt['domain']
    e['mgmt'] = mgmt['id']
    e['contact'] = make_contact() if chance(0.5) else None  # board chair (理事長)
    return e


def make_city_dept(city_key, dept, hall):
    e = {'type': 'org', 'otype': 'city', 'kind': 'org:city', 'form': None, 'form_pos': None,
         'parts': hall['parts'], 'suffix': [P(dept[0], dept[1], None, dept[2])], 'contact': None,
         'fax': None, 'mobile': None, 'email2': None, 'group': None, 'mgmt': None}
    e['addr'] = dict(hall['addr'])
    e['phone'] = hall['phone']
    e['ext'] = '%d' % R.randint(2100, 4899)
    e['domain'] = hall['domain']
    e['email'] = dept[3] + '@' + hall['domain']
    reg_email(e['email'])
    e['contact'] = make_contact() if chance(0.6) else None
    e['hall'] = city_key
    e['dept'] = dept[0]
    return e


def make_hall(city_key):
    t = TOWNS[CITY_TOWNS[city_key][0]]
    base = t['city_k'][:-1]
    parts = [P(base, t['city_kana']), P('市役所', 'シヤクショ', None, 'City Office')]
    addr = new_address(town=CITY_TOWNS[city_key][0], kind='site', bldg_p=0.0)
    ph = new_phone(t['area'])
    dom = 'city-' + slugify(rom_cap(t['city_kana'], 'plain')) + '.lg.jp'
    return {'parts': parts, 'addr': addr, 'phone': ph, 'domain': dom}


def make_school(city=None):
    for _ in range(200):
        ck = city or ch(OSAKA_CITIES + ['神戸市中央区', '尼崎市', '奈良市'])
        t = TOWNS[ch(CITY_TOWNS[ck])]
        if chance(0.6):
            w = ch(WORDS) if chance(0.5) else (t['town_k'].rstrip('町通'), t['town_kana'])
            kind = ch([('小学校', 'ショウガッコウ', 'Elementary School'), ('中学校', 'チュウガッコウ', 'Junior High School')])
            cb = t['city_k'][:-1]
            parts = [P(cb, t['city_kana']), P('市立', 'シリツ', None, 'City'), P(w[0], w[1]), P(kind[0], kind[1], None, kind[2])]
            form = None
            suffix = None
        else:
            w = ch(WORDS)
            parts = [P(w[0], w[1]), P('学園', 'ガクエン', None, 'Gakuen')]
            kind = ch([('高等学校', 'コウトウガッコウ', 'High School'), ('中学校', 'チュウガッコウ', 'Junior High School'),
                       ('幼稚園', 'ヨウチエン', 'Kindergarten')])
            form = 'gakko'
            suffix = [P(w[0], w[1]), P(kind[0], kind[1], None, kind[2])]
        if reserve_stem(parts_k(parts) + (parts_k(suffix) if suffix else '')):
            break
    e = org_base('school', form, parts, suffix, city=ck, addr_kind='site')
    e['domain'] = slugify(parts_latin(parts[:3] if form is None else parts, 'plain'))[:20].strip('-') + ('.ed.jp' if form is None else '.ac.jp')
    if e['domain'] in USED_EMAIL:
        e['domain'] = 'x' + e['domain']
    USED_EMAIL[e['domain']] = 1
    e['email'] = ch(['jimu', 'office', 'info', 'jimushitsu']) + '@' + e['domain']
    e['contact'] = make_contact() if chance(0.6) else None
    e['fax'] = new_phone(e['phone'][0]) if chance(0.5) else None
    return e


def make_hospital(city=None):
    for _ in range(200):
        w = ch(WORDS) if chance(0.6) else pick_family()
        corp = [P(w[0], w[1]), P('会', 'カイ', '~kai', '~kai')]
        fac = ch([('病院', 'ビョウイン', 'Hospital'), ('クリニック', 'クリニック', 'Clinic'), ('記念病院', 'キネンビョウイン', 'Memorial Hospital'),
                  ('診療所', 'シンリョウジョ', 'Clinic')])
        suffix = [P(w[0], w[1]), P(fac[0], fac[1], 'Clinic' if fac[0] == 'クリニック' else None, fac[2])]
        if reserve_stem(parts_k(corp)):
            break
    e = org_base('hospital', 'iryo', corp, suffix, city=city, addr_kind='site')
    e['domain'] = company_domain(corp, None).replace('.co.jp', '.or.jp')
    e['email'] = ch(['jimu', 'soumu', 'info', 'shisetsu']) + '@' + e['domain']
    reg_email(e['email'])
    e['contact'] = make_contact() if chance(0.6) else None
    e['fax'] = new_phone(e['phone'][0]) if chance(0.6) else None
    return e


def make_temple(city=None, name=None):
    for _ in range(200):
        if name is not None:
            parts = name
            break
        if chance(0.55):
            w = ch(TEMPLES)
            parts = [P(w[0], w[1]), P('寺', 'ジ', '~ji', '~ji Temple')]
        else:
            w = ch(SHRINES)
            parts = [P(w[0], w[1]), P('神社', 'ジンジャ', None, 'Shrine')]
        if reserve_stem(parts_k(parts) + (city or '')):
            break
    e = org_base('temple', 'shukyo' if chance(0.5) else None, parts, None, city=city, addr_kind='site')
    if e['form'] == 'shukyo':
        e['form_pos'] = 'pre'
    e['contact'] = make_contact() if chance(0.5) else None
    if chance(0.5):
        e['domain'] = None
        fam, giv = name_latin(e['contact'] or jp_person_names(), 'plain')
        e['email'] = person_email(fam, giv) if chance(0.7) else None
    else:
        e['domain'] = company_domain(parts, None).replace('.co.jp', '.or.jp')
        e['email'] = 'info@' + e['domain']
        reg_email(e['email'])
    return e


def make_mgmt_company():
    e = make_company(otype='kk', stem=[P(*ch(WORDS))], trade=ch(MGMT_SUF))
    e['kind'] = 'org:kk'
    e['domain'] = e['domain'] or company_domain(e['parts'], 'kk')
    e['shared_email'] = ch(['kumiai', 'kanri', 'mansion', 'fm-support', 'kanri-center']) + '@' + e['domain']
    reg_email(e['shared_email'])
    return e


def make_agent():
    e = make_company(otype='kk', stem=[P(*ch(WORDS))], trade=ch(AGENT_SUF))
    e['domain'] = e['domain'] or company_domain(e['parts'], 'kk')
    e['shared_email'] = ch(['owner', 'chintai', 'owner-desk', 'kanri']) + '@' + e['domain']
    reg_email(e['shared_email'])
    return e


def make_group(n_members):
    w = ch(WORDS)
    stem = [P(w[0], w[1])]
    trades = list(GROUP_TRADES)
    R.shuffle(trades)
    hq = None
    members = []
    gid = 'g%d' % R.randrange(10 ** 6)
    k = 0
    for tr in trades:
        if len(members) >= n_members:
            break
        if not reserve_stem(parts_k(stem + tr)):
            continue
        e = make_company(otype='kk', stem=stem, trade=tr)
        e['kind'] = 'org:kk'
        if hq is None:
            hq = e
            e['domain'] = e['domain'] or company_domain(stem + [P('グループ', 'グループ', 'Group', 'Group')], 'kk')
            e['group_email'] = 'keiri@' + e['domain']
            reg_email(e['group_email'])
        e['group'] = gid
        e['email'] = hq['group_email']
        e['phone'] = hq['phone']
        e['addr'] = dict(hq['addr'])
        e['domain'] = hq['domain']
        members.append(e)
        k += 1
    return gid, stem, members, hq


# --------------------------------------------------------------------------
# styles (how a source system writes a record)
# --------------------------------------------------------------------------
JP_NUM_FMTS = ['hyphen', 'hyphen', 'chome', 'full', 'kanji', 'banchi']


def make_style(e, src):
    person = e['type'] == 'person'
    st = {'src': src, 'script': 'kanji', 'romaji': 'plain', 'en': False, 'sep': ' ', 'hon': None, 'split': True,
          'order': 'fam_first', 'case': None, 'form_var': 0, 'form_pos': None, 'form_drop': False,
          'contact': True, 'suffix': True, 'dn': 'company', 'dn_suffix': None,
          'addr': 'jp', 'num': 'hyphen', 'dash': '-', 'num_lat': 'hyphen', 'pref': True, 'pref_fmt': 'plain',
          'postal': 'std', 'country': None, 'line2': True, 'old_city': False, 'place_romaji': 'plain',
          'city_fmt': 'ward_city', 'addr_case': None, 'room_fmt': 0, 'bsep': ' ',
          'phone': 'hyphen', 'phone_which': 'main', 'phone_deco': None, 'email_which': 'main', 'email_case': 'lower',
          'fw': False}
    st['form_var'] = 0 if chance(0.6) else R.randrange(4)
    st['room_fmt'] = R.randrange(3)
    st['bsep'] = ch([' ', '', ' ', '\u3000'])
    st['num'] = ch(JP_NUM_FMTS)
    st['num_lat'] = ch(['hyphen', 'hyphen', 'town_first', 'chome', 'comma'])
    st['city_fmt'] = ch(['ward_city', 'ward_city', 'city', 'city_ward'])
    st['pref_fmt'] = ch(['plain', 'plain', 'suffix', 'prefecture'])
    if src == 'order':
        if person:
            st['script'] = wch([('kanji', 85), ('kana', 15)])
            st['hon'] = wch([(None, 70), ('様', 20), (' 様', 10)])
        st['sep'] = wch([(' ', 60), ('', 25), ('\u3000', 15)])
        st['addr'] = wch([('jp', 70), ('jp_line1', 30)])
        st['pref'] = chance(0.8)
        st['postal'] = wch([('std', 75), ('mark', 15), ('plain', 10)])
        st['country'] = wch([('JP', 40), ('日本', 20), (None, 40)])
        st['phone'] = wch([('hyphen', 65), ('paren', 10), ('plain', 10), ('space', 5)])
        st['phone_deco'] = wch([(None, 70), ('fax', 12), ('fax2', 6), ('fax3', 6), ('tel', 6)])
        st['fw'] = chance(0.12)
        st['dn'] = wch([('company', 70), ('short', 20), ('stem', 10)])
        st['dash'] = wch([('-', 85), ('－', 6), ('−', 5), ('ー', 4)])
    elif src == 'export':
        st['script'] = 'latin_west' if person else 'latin'
        if person and e['nat'] in ('cn', 'kr', 'vn') and chance(0.5):
            st['script'] = 'latin_jp'
        st['romaji'] = wch([('plain', 40), ('passport', 20), ('macron', 20), ('oh', 15), ('wapuro', 5)])
        st['en'] = chance(0.5)
        st['sep'] = ' '
        st['addr'] = wch([('latin', 85), ('latin_line1', 15)])
        st['place_romaji'] = 'macron' if chance(0.12) else 'plain'
        st['pref'] = chance(0.75)
        st['postal'] = wch([('std', 85), ('plain', 15)])
        st['country'] = wch([('Japan', 50), ('JP', 40), ('JAPAN', 10)])
        st['phone'] = wch([('intl', 35), ('intl_h', 25), ('intl_0', 10), ('hyphen', 30)])
        st['phone_deco'] = wch([(None, 85), ('fax', 10), ('ext_en', 5)])
        st['dn'] = 'company'
    elif src == 'legacy':
        st['script'] = 'latin_upper' if person else 'latin'
        st['case'] = 'upper'
        st['order'] = 'fam_first' if chance(0.7) else 'giv_first'
        st['romaji'] = wch([('wapuro', 30), ('kunrei', 25), ('oh', 20), ('plain', 25)])
        st['split'] = chance(0.7)
        st['addr'] = wch([('latin', 60), ('latin_line1', 30), (None, 10)])
        st['addr_case'] = 'upper'
        st['line2'] = chance(0.5)
        st['pref'] = chance(0.6)
        st['postal'] = wch([('plain', 50), ('std', 40), (None, 10)])
        st['country'] = wch([('JP', 50), (None, 50)])
        st['phone'] = wch([('plain', 50), ('hyphen', 40), ('paren', 10)])
        st['phone_deco'] = None
        st['email_case'] = 'upper' if chance(0.25) else 'lower'
        st['contact'] = chance(0.6)
        st['dn'] = 'company'
    elif src == 'app':
        if person:
            st['script'] = wch([('kanji', 55), ('kana_half', 12), ('kana', 13), ('latin_jp', 10), ('latin_west', 10)])
            st['hon'] = wch([(None, 65), ('さん', 20), ('様', 10), ('殿', 5)])
        else:
            st['script'] = wch([('kanji', 80), ('kana_half', 12), ('latin', 8)])
        st['romaji'] = wch([('plain', 50), ('passport', 10), ('oh', 10), ('wapuro', 20), ('kunrei', 10)])
        st['sep'] = wch([(' ', 45), ('', 35), ('\u3000', 20)])
        st['addr'] = wch([('jp_line1', 50), ('jp', 40), (None, 10)])
        st['pref'] = chance(0.5)
        st['postal'] = wch([('std', 50), ('plain', 20), (None, 30)])
        st['country'] = None
        st['phone'] = wch([('hyphen', 55), ('plain', 40), ('paren', 5)])
        st['phone_which'] = 'mobile' if (e.get('mobile') and chance(0.7)) else 'main'
        st['fw'] = chance(0.3)
        st['email_which'] = 'main' if chance(0.75) else None
        st['dn'] = wch([('company', 60), ('short', 25), ('stem', 15)])
        st['line2'] = chance(0.7)
        st['dash'] = wch([('-', 80), ('－', 10), ('ー', 10)])
    if st['script'].startswith('latin') or st['script'] == 'latin':
        if st['addr'] in ('jp', 'jp_line1'):
            st['addr'] = 'latin'
    else:
        if st['addr'] in ('latin', 'latin_line1'):
            st['addr'] = 'jp'
    if not person and e.get('form') in ('iryo', 'gakko', 'shukyo'):
        st['form_var'] = st['form_var'] % len(FORMS[e['form']]['k'])
    return st


def existing_src():
    return wch([('order', 65), ('legacy', 15), ('export', 10), ('app', 10)])


def incoming_src():
    return wch([('order', 45), ('export', 15), ('legacy', 12), ('app', 28)])


# --------------------------------------------------------------------------
# rendering of one record
# --------------------------------------------------------------------------
def person_dn_latin(e, st):
    fam, giv = name_latin(e, st['romaji'])
    if e.get('_alias'):
        giv = e['_alias']
    if st['script'] == 'latin_west':
        if e['nat'] == 'vn':
            dn = fam + ' ' + giv
        else:
            dn = giv + ' ' + fam
    elif st['script'] == 'latin_jp':
        dn = fam.upper() + ' ' + giv
    else:  # latin_upper
        dn = (fam + ' ' + giv) if st['order'] == 'fam_first' else (giv + ' ' + fam)
    if st['src'] == 'legacy':
        dn, fam, giv = ascii_fold(dn), ascii_fold(fam), ascii_fold(giv)
    if st['case'] == 'lower':
        dn, fam, giv = dn.lower(), fam.lower(), giv.lower()
    elif st['case'] == 'title':
        dn, fam, giv = dn.title(), fam.title(), giv.title()
    elif st['case'] == 'upper' or st['script'] == 'latin_upper':
        dn, fam, giv = dn.upper(), fam.upper(), giv.upper()
    return dn, giv, fam


def person_names_local(e, st):
    sc = st['script']
    sep = st['sep']
    if sc == 'kanji' and (e['fam_k'] or e['giv_k']):
        fam = e['fam_k'] or e['fam_kana'].replace(' ', '・')
        giv = e['giv_k'] or e['giv_kana'].replace(' ', '・')
        if not e['giv_k'] and sep == '':
            sep = '・'
    else:
        fam = e['fam_kana'].replace('|', '')
        giv = e['giv_kana'].replace('|', '')
        if e['nat'] in ('vn', 'br') and sep == '':
            sep = '・'
        if e['nat'] in ('vn', 'br'):
            giv = giv.replace(' ', '・')
        if sc == 'kana_half':
            fam, giv, sep = to_half_kana(fam), to_half_kana(giv), (' ' if sep else '')
    if e['nat'] in ('vn', 'br') and not e['fam_k'] and e['giv_kana'] and sc == 'kanji':
        # order systems register western-order names given-first in katakana
        dn = giv + sep + fam if e['nat'] == 'br' else fam + sep + giv
    else:
        dn = fam + sep + giv
    if st['hon']:
        dn = dn + st['hon']
    return dn, giv, fam


def legal_form_str(e, st, script):
    f = e['form']
    if f is None or st['form_drop']:
        return None, None
    fm = FORMS[f]
    pos = st['form_pos'] or e['form_pos']
    if script == 'kanji':
        return fm['k'][st['form_var'] % len(fm['k'])], pos
    if script == 'kana_half':
        return (fm['half'][0] if pos == 'pre' else fm['half'][1]), pos
    if pos == 'pre' and fm['lat_pre'] and (st['form_var'] % 2 == 1 or not fm['lat_post']):
        return fm['lat_pre'][st['form_var'] % len(fm['lat_pre'])], 'pre'
    if fm['lat_post']:
        return fm['lat_post'][st['form_var'] % len(fm['lat_post'])], 'post'
    return fm['lat_pre'][0], 'pre'


def render_org_names(e, st):
    sc = st['script']
    if sc not in ('kanji', 'kana_half'):
        sc = 'latin'
    form, pos = legal_form_str(e, st, sc)
    parts = e['parts']
    suffix = e['suffix'] if st['suffix'] else None
    if sc == 'kanji':
        stem = parts_k(parts)
        sfx = parts_k(suffix) if suffix else None
        sep = st['sep'] if st['sep'] != '' else ''
        if form:
            cname = (form + (sep if len(form) > 3 else '') + stem) if pos == 'pre' else (stem + form)
        else:
            cname = stem
        if sfx:
            cname = cname + (st['sep'] or ' ') + sfx
        if st['dn'] == 'short' and e['form'] in ('kk', 'yk', 'godo') and not st['form_drop']:
            dn = stem + FORMS[e['form']]['short'] + ((' ' + sfx) if sfx else '')
        elif st['dn'] == 'stem':
            dn = stem + ((' ' + sfx) if sfx else '')
        else:
            dn = cname
    elif sc == 'kana_half':
        stem = to_half_kana(parts_kana(parts))
        sfx = to_half_kana(parts_kana(suffix)) if suffix else None
        cname = ((form + stem) if pos == 'pre' else (stem + form)) if form else stem
        if sfx:
            cname += ' ' + sfx
        dn = cname
    else:
        sysn = st['romaji'] if st['romaji'] in ('plain', 'macron', 'wapuro') else 'plain'
        stem = parts_latin(parts, sysn, en=st['en'])
        sfx = parts_latin(suffix, sysn, en=st['en']) if suffix else None
        if form:
            cname = (form + ' ' + stem) if pos == 'pre' else (stem + (' ' if not form.startswith(',') else '') + form)
        else:
            cname = stem
        if sfx:
            cname += ' ' + sfx if not st['en'] else ', ' + sfx
        if st['case'] == 'upper':
            cname = cname.upper()
        elif st['case'] == 'lower':
            cname = cname.lower()
        elif st['case'] == 'title':
            cname = cname.title()
        dn = cname
    if st['dn_suffix']:
        dn = dn + st['dn_suffix']
    return dn, cname


def render(e, st):
    c = {'displayName': None, 'givenName': None, 'familyName': None, 'companyName': None,
         'email': None, 'phone': None, 'address': None}
    if e['type'] == 'person':
        if st['script'] in ('kanji', 'kana', 'kana_half'):
            dn, giv, fam = person_names_local(e, st)
        else:
            dn, giv, fam = person_dn_latin(e, st)
        if st['dn_suffix']:
            dn = dn + st['dn_suffix']
        c['displayName'] = dn
        if st['split']:
            c['givenName'], c['familyName'] = giv, fam
    else:
        dn, cname = render_org_names(e, st)
        c['displayName'] = dn
        c['companyName'] = cname
        ct = e.get('contact')
        if ct and st['contact'] and st['split']:
            if st['script'] == 'kanji':
                c['givenName'], c['familyName'] = ct['giv_k'], ct['fam_k']
            elif st['script'] == 'kana_half':
                c['givenName'], c['familyName'] = to_half_kana(ct['giv_kana']), to_half_kana(ct['fam_kana'].replace('|', ''))
            else:
                fam, giv = name_latin(ct, st['romaji'])
                if st['case'] == 'upper':
                    fam, giv = fam.upper(), giv.upper()
                elif st['case'] == 'lower':
                    fam, giv = fam.lower(), giv.lower()
                c['givenName'], c['familyName'] = giv, fam
    c['email'] = render_email(e, st)
    c['phone'] = render_phone(e, st)
    c['address'] = render_addr(e['addr'], st)
    return c


# --------------------------------------------------------------------------
# normalisation used for evidence (check.py has its own implementation)
# --------------------------------------------------------------------------
def norm_email(s):
    if not s:
        return None
    return unicodedata.normalize('NFKC', s).strip().lower()


def norm_phone(s):
    if not s:
        return None
    t = unicodedata.normalize('NFKC', s)
    cut = len(t)
    for m in ('FAX', 'Fax', 'fax', '内線', 'ext', 'Ext', 'EXT'):
        i = t.find(m)
        if 0 <= i < cut:
            cut = i
    t = t[:cut]
    intl = t.strip().startswith('+81')
    d = ''.join(c for c in t if c.isdigit())
    if intl:
        d = d[2:]
        if not d.startswith('0'):
            d = '0' + d
    return d or None


def _kanji_value(s):
    total = 0
    cur = 0
    for c in s:
        if c in KNUM:
            cur = KNUM.index(c)
        elif c == '十':
            total += (cur or 1) * 10
            cur = 0
        elif c == '百':
            total += (cur or 1) * 100
            cur = 0
    return total + cur


def num_tuple(line):
    """block numbers of an address line: ASCII/full-width digit runs, plus kanji numerals
    that stand before 丁目/番/号/の or after の (so 九条, 十三東, 八丁堀 are not numbers)."""
    t = unicodedata.normalize('NFKC', line)
    out = []
    i = 0
    n = len(t)
    while i < n:
        c = t[i]
        if c.isdigit():
            j = i
            while j < n and t[j].isdigit():
                j += 1
            out.append(int(t[i:j]))
            i = j
            continue
        if c in KNUM or c in '十百':
            j = i
            while j < n and (t[j] in KNUM or t[j] in '十百'):
                j += 1
            after = t[j:j + 2]
            before = t[i - 1:i] if i > 0 else ''
            if after.startswith('丁目') or after[:1] in ('番', '号', 'の') or before == 'の':
                out.append(_kanji_value(t[i:j]))
            i = j
            continue
        i += 1
    return tuple(out)


def addr_key(a):
    if not a or not a.get('postalCode') or not a.get('line1'):
        return None
    pc = ''.join(c for c in unicodedata.normalize('NFKC', a['postalCode']) if c.isdigit())
    if len(pc) != 7:
        return None
    return (pc, num_tuple(a['line1']))


def evidence_of(c1, c2):
    ev = []
    if c1['email'] and c2['email'] and norm_email(c1['email']) == norm_email(c2['email']):
        ev.append('email')
    if c1['phone'] and c2['phone'] and norm_phone(c1['phone']) == norm_phone(c2['phone']):
        ev.append('phone')
    k1, k2 = addr_key(c1['address']), addr_key(c2['address'])
    if k1 and k2 and k1 == k2:
        ev.append('address')
    return ev


# --------------------------------------------------------------------------
# variants (matches and repeated new customers)
# --------------------------------------------------------------------------
NAMEF = ['displayName', 'givenName', 'familyName', 'companyName']
STYLE_TAGS = {
    'script': ('script', NAMEF), 'romaji': ('romanisation', NAMEF), 'en': ('english_name', ['companyName', 'displayName']),
    'sep': ('spacing', NAMEF), 'hon': ('honorific', ['displayName']), 'split': ('name_fields', ['givenName', 'familyName']),
    'order': ('name_order', ['displayName']), 'case': ('capitals', NAMEF),
    'form_var': ('legal_form', ['companyName', 'displayName']),
    'form_pos': ('legal_form_position', ['companyName', 'displayName']),
    'form_drop': ('legal_form_dropped', ['companyName', 'displayName']),
    'contact': ('contact_dropped', ['givenName', 'familyName']),
    'suffix': ('branch_or_department_dropped', ['companyName', 'displayName']),
    'dn': ('display_name_form', ['displayName']), 'dn_suffix': ('disambiguation', ['displayName']),
    'addr': ('format', ['address']), 'num': ('block_numbers', ['address']), 'dash': ('block_numbers', ['address']),
    'num_lat': ('block_numbers', ['address']), 'pref': ('prefecture', ['address']),
    'pref_fmt': ('prefecture', ['address']), 'postal': ('postal_code', ['address']),
    'country': ('country', ['address']), 'line2': ('building_dropped', ['address']),
    'old_city': ('old_municipality', ['address']), 'place_romaji': ('romanisation', ['address']),
    'city_fmt': ('city_format', ['address']), 'addr_case': ('capitals', ['address']),
    'room_fmt': ('building', ['address']), 'bsep': ('building', ['address']),
    'phone': ('format', ['phone']), 'phone_which': ('other_number', ['phone']),
    'phone_deco': ('fax_or_extension', ['phone']), 'email_which': ('other_address', ['email']),
    'email_case': ('capitals', ['email']), 'fw': ('full_width', ['phone', 'address', 'displayName']),
}
DROP_KEYS = {'addr': 'address', 'phone': 'phone', 'email_which': 'email'}


PERSON_SKIP = ('en', 'form_var', 'form_pos', 'form_drop', 'contact', 'suffix', 'dn')
ORG_SKIP = ('hon', 'order')


def style_ops(old, new, person=None):
    ops = []
    for k in STYLE_TAGS:
        if person is True and k in PERSON_SKIP:
            continue
        if person is False and k in ORG_SKIP:
            continue
        if old.get(k) != new.get(k):
            what, fields = STYLE_TAGS[k]
            if k in DROP_KEYS and new.get(k) is None:
                what = 'dropped'
            elif k == 'pref' and not new[k]:
                what = 'prefecture_dropped'
            elif k == 'postal' and new[k] is None:
                what = 'postal_code_dropped'
            ops.append((what, fields))
    return ops


def copy_entity(e):
    d = dict(e)
    d['addr'] = dict(e['addr']) if e.get('addr') else None
    return d


# --- noise helpers -----------------------------------------------------------
KEYB = {'a': 'qsz', 'b': 'vgn', 'c': 'xvd', 'd': 'sfe', 'e': 'wrd', 'f': 'dgr', 'g': 'fht', 'h': 'gjy', 'i': 'uok',
        'j': 'hku', 'k': 'jli', 'l': 'ko', 'm': 'nj', 'n': 'bmh', 'o': 'ipl', 'p': 'o', 'q': 'wa', 'r': 'eft',
        's': 'adw', 't': 'rgy', 'u': 'yij', 'v': 'cb', 'w': 'qes', 'x': 'zc', 'y': 'tuh', 'z': 'xa'}


def typo_latin(s):
    idx = [i for i, c in enumerate(s) if c.isalpha() and c.lower() in KEYB]
    if len(idx) < 3:
        return s
    i = ch(idx[1:])
    r = R.randrange(4)
    c = s[i]
    if r == 0:
        n = ch(KEYB[c.lower()])
        n = n.upper() if c.isupper() else n
        return s[:i] + n + s[i + 1:]
    if r == 1 and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != c:
        return s[:i] + s[i + 1] + c + s[i + 2:]
    if r == 2:
        return s[:i] + s[i + 1:]
    return s[:i] + c + s[i:]


KANA_TYPO = [('ッ', 'ツ'), ('ョ', 'ヨ'), ('ュ', 'ユ'), ('ャ', 'ヤ'), ('ウ', 'ー'), ('ダ', 'タ'), ('ガ', 'カ'), ('ジ', 'シ'),
             ('ズ', 'ス'), ('ド', 'ト'), ('バ', 'ハ'), ('ゴ', 'コ'), ('ザ', 'サ'), ('ボ', 'ホ'), ('ｯ', 'ﾂ'), ('ｮ', 'ﾖ'),
             ('ｳ', 'ｰ'), ('ﾞ', '')]


def typo_kana(s):
    cands = [(a, b) for a, b in KANA_TYPO if a in s]
    if not cands:
        return s
    a, b = ch(cands)
    i = s.find(a)
    return s[:i] + b + s[i + len(a):]


FAM_VARIANTS = {}
for _kana, _ks in FAMILIES:
    for _k in _ks:
        FAM_VARIANTS[_k] = [x for x in _ks if x != _k]
GIV_VARIANTS = {}
for _g, _kana, _ks in GIVENS:
    for _k in _ks:
        GIV_VARIANTS[_k] = [x for x in _ks if x != _k]
TRADE_HOMO = {'電気': '電機', '電機': '電気', '工業': '興業', '興業': '工業', '住設': '重設', '技研': '技建', '商会': '商回',
              '管工': '管興', '設備': '設美', '電設': '電説'}
MOJI = {}


def mojibake(s):
    out = []
    for c in s:
        if ord(c) < 128:
            out.append(c)
            continue
        b = c.encode('utf-8')
        for x in b:
            try:
                out.append(bytes([x]).decode('cp1252'))
            except UnicodeDecodeError:
                out.append('?')
    return ''.join(out)


def mangle_accents(s, mode):
    if mode == 'drop':
        return ascii_fold(s)
    if mode == 'qmark':
        return ''.join(c if ord(c) < 128 else '?' for c in unicodedata.normalize('NFC', s))
    return mojibake(s)


EMAIL_DOMAIN_TYPOS = {'docomo.ne.jp': ['docomo.co.jp', 'docomo.ne.ip', 'docomo.jp'],
                      'ezweb.ne.jp': ['ezweb.co.jp', 'ezwed.ne.jp', 'ezweb.jp'],
                      'gmail.com': ['gmail.co.jp', 'gmial.com', 'gmail.con', 'gmai.com'],
                      'yahoo.co.jp': ['yahoo.jp', 'yaho.co.jp', 'yahoo.co.jo', 'yahoo.com'],
                      'i.softbank.jp': ['softbank.jp', 'i.softbank.ne.jp', 'i.sofbank.jp'],
                      'icloud.com': ['icloud.co.jp', 'iclod.com']}


def typo_email(m):
    loc, dom = m.split('@', 1)
    dl = dom.lower()
    if dl in EMAIL_DOMAIN_TYPOS and chance(0.6):
        nd = ch(EMAIL_DOMAIN_TYPOS[dl])
        return loc + '@' + (nd.upper() if dom.isupper() else nd)
    if dl.endswith('.co.jp') and chance(0.4):
        return loc + '@' + dom[:-6] + ch(['.jp', '.co.jp.', '.cojp', '.co.ip'])
    r = R.randrange(3)
    if r == 0 and '.' in loc:
        return loc.replace('.', ch(['', '_', '-']), 1) + '@' + dom
    if r == 1 and '-' in loc:
        return loc.replace('-', '_', 1) + '@' + dom
    return typo_latin(loc) + '@' + dom if len(loc) >= 4 else loc + 'x@' + dom


def digit_off(p):
    a, b, c = p
    i = R.randrange(len(c))
    if chance(0.5) and i + 1 < len(c) and c[i] != c[i + 1]:
        c2 = c[:i] + c[i + 1] + c[i] + c[i + 2:]
    else:
        c2 = c[:i] + str((int(c[i]) + ch([1, 9, 3])) % 10) + c[i + 1:]
    return (a, b, c2)


# --- the variant maker -----------------------------------------------------
LIGHT_OPS = ['sep', 'hon', 'form_var', 'dn', 'phone_fmt', 'phone_deco', 'postal', 'country', 'pref', 'line2', 'num',
             'fw', 'email_case', 'case', 'split', 'contact', 'room']
MEDIUM_OPS = ['form_pos', 'form_drop', 'romaji', 'en', 'old_city', 'addr_line1', 'script', 'script', 'drop_email',
              'drop_phone', 'other_phone', 'new_email', 'typo_name', 'typo_name', 'typo_email', 'digit_off',
              'typo_addr', 'swap', 'accents', 'nickname', 'abbrev', 'contact_changed', 'kana_name', 'suffix_drop',
              'upper_dn']
HARSH_OPS = ['move', 'move', 'new_phone', 'new_email', 'script', 'drop_addr', 'number_typo', 'married', 'fax_instead',
             'typo_name', 'typo_addr']
HEAVY = ['move', 'new_phone', 'new_email', 'script', 'drop_addr', 'married', 'fax_instead', 'drop_email', 'drop_phone',
         'other_phone']


def apply_style_op(op, e, st, new_src_style):
    """modifies st; returns True if applicable"""
    person = e['type'] == 'person'
    latin = st['script'].startswith('latin')
    if op == 'sep':
        if latin:
            return False
        st['sep'] = ch([x for x in [' ', '', '\u3000'] if x != st['sep']])
    elif op == 'hon':
        if not person or latin:
            return False
        st['hon'] = ch([x for x in [None, '様', ' 様', 'さん', '殿'] if x != st['hon']])
    elif op == 'form_var':
        if person or not e['form']:
            return False
        st['form_var'] = st['form_var'] + R.randint(1, 3)
    elif op == 'dn':
        if person or st['script'] != 'kanji':
            return False
        st['dn'] = ch([x for x in ['company', 'short', 'stem'] if x != st['dn']])
    elif op == 'phone_fmt':
        if st['phone'] is None:
            return False
        opts = ['hyphen', 'paren', 'plain', 'space', 'intl', 'intl_h'] if latin else ['hyphen', 'paren', 'plain', 'space']
        st['phone'] = ch([x for x in opts if x != st['phone']])
    elif op == 'phone_deco':
        if st['phone'] is None:
            return False
        opts = [None, 'tel']
        if e.get('fax'):
            opts += ['fax', 'fax2', 'fax3']
        if e.get('ext'):
            opts += ['ext', 'ext_en']
        opts = [x for x in opts if x != st['phone_deco']]
        st['phone_deco'] = ch(opts)
    elif op == 'postal':
        if st['addr'] is None or st['postal'] is None:
            return False
        st['postal'] = ch([x for x in ['std', 'plain', 'mark'] if x != st['postal']])
        if latin and st['postal'] == 'mark':
            st['postal'] = 'plain' if st['postal'] != 'plain' else 'std'
    elif op == 'country':
        st['country'] = ch([x for x in [None, 'JP', 'Japan', '日本', 'JAPAN'] if x != st['country']])
    elif op == 'pref':
        if st['addr'] is None:
            return False
        st['pref'] = not st['pref']
    elif op == 'line2':
        if st['addr'] is None or not e['addr'] or not (e['addr']['bldg'] or e['addr']['co']) or not st['line2']:
            return False
        st['line2'] = False
    elif op == 'room':
        if st['addr'] is None or not e['addr']['bldg']:
            return False
        st['room_fmt'] = st['room_fmt'] + 1
        st['bsep'] = ch([' ', '', '\u3000'])
    elif op == 'num':
        if st['addr'] is None:
            return False
        if latin:
            st['num_lat'] = ch([x for x in ['hyphen', 'town_first', 'chome', 'comma'] if x != st['num_lat']])
        else:
            st['num'] = ch([x for x in ['hyphen', 'chome', 'full', 'kanji', 'banchi'] if x != st['num']])
            if chance(0.3):
                st['dash'] = ch(['-', '－', '−', 'ー'])
    elif op == 'fw':
        if latin:
            return False
        st['fw'] = not st['fw']
    elif op == 'email_case':
        if st['email_which'] is None:
            return False
        st['email_case'] = ch([x for x in ['lower', 'upper', 'title'] if x != st['email_case']])
    elif op == 'case':
        if not latin:
            return False
        cur = 'upper' if st['script'] == 'latin_upper' and st['case'] is None else st['case']
        st['case'] = ch([x for x in [None, 'upper', 'lower', 'title'] if x != cur])
        if st['script'] == 'latin_upper' and st['case'] is None:
            st['case'] = 'title'
    elif op == 'split':
        if not st['split']:
            return False
        st['split'] = False
    elif op == 'contact':
        if person or not e.get('contact') or not st['contact']:
            return False
        st['contact'] = False
    elif op == 'form_pos':
        if person or e['form'] not in ('kk', 'yk', 'godo'):
            return False
        st['form_pos'] = 'post' if e['form_pos'] == 'pre' else 'pre'
    elif op == 'form_drop':
        if person or not e['form']:
            return False
        st['form_drop'] = True
    elif op == 'romaji':
        if not latin:
            return False
        st['romaji'] = ch([x for x in ['plain', 'macron', 'passport', 'oh', 'wapuro', 'kunrei'] if x != st['romaji']])
    elif op == 'en':
        if person or not latin:
            return False
        st['en'] = not st['en']
    elif op == 'old_city':
        if st['addr'] is None or TOWNS[e['addr']['t']]['old'] is None:
            return False
        st['old_city'] = True
    elif op == 'addr_line1':
        sw = {'jp': 'jp_line1', 'jp_line1': 'jp', 'latin': 'latin_line1', 'latin_line1': 'latin'}
        if st['addr'] is None:
            return False
        st['addr'] = sw[st['addr']]
    elif op == 'script':
        for k in list(new_src_style.keys()):
            st[k] = new_src_style[k]
        return True
    elif op == 'drop_email':
        if st['email_which'] is None:
            return False
        st['email_which'] = None
    elif op == 'drop_phone':
        if st['phone'] is None:
            return False
        st['phone'] = None
    elif op == 'drop_addr':
        if st['addr'] is None:
            return False
        st['addr'] = None
    elif op == 'other_phone':
        if st['phone'] is None:
            return False
        if st['phone_which'] == 'main' and e.get('mobile') and e.get('phone') and e['mobile'] != e['phone']:
            st['phone_which'] = 'mobile'
        elif st['phone_which'] == 'mobile' and e.get('phone'):
            st['phone_which'] = 'main'
        else:
            return False
    elif op == 'fax_instead':
        if st['phone'] is None or not e.get('fax'):
            return False
        st['phone_which'] = 'fax'
        st['phone_deco'] = None
    elif op == 'suffix_drop':
        if person or not e.get('suffix') or e['otype'] == 'city':
            return False
        st['suffix'] = False
    else:
        return None
    return True


def apply_truth_op(op, e, st, ops):
    person = e['type'] == 'person'
    if op == 'move':
        if not e['addr'] or st['addr'] is None:
            return False
        t = TOWNS[e['addr']['t']]
        city = t['ckey'] if chance(0.6) else None
        e['addr'] = new_address(city=city, kind='res' if person else 'office')
        ops.append(('moved', ['address']))
    elif op == 'new_email':
        if st['email_which'] is None:
            return False
        if person or not e.get('domain'):
            src = e if person else (e.get('contact') or jp_person_names())
            fam, giv = name_latin(src, 'plain')
            e['email'] = person_email(ascii_fold(fam), ascii_fold(giv).split(' ')[0])
        else:
            ct = e.get('contact') or jp_person_names()
            fam, giv = name_latin(ct, 'plain')
            loc = ch(['%s.%s' % (giv[0].lower(), fam.lower()), fam.lower(), 'order', 'eigyo', 'info2', 'keiri', 'jimu'])
            m = loc + '@' + e['domain']
            if m == e.get('email') or not reg_email(m):
                m = loc + str(R.randint(1, 9)) + '@' + e['domain']
                reg_email(m)
            e['email'] = m
        ops.append(('new_address', ['email']))
    elif op == 'new_phone':
        if st['phone'] is None:
            return False
        if person:
            e['mobile'] = new_phone(mobile=True)
            e['phone'] = None
        else:
            e['phone'] = new_phone(TOWNS[e['addr']['t']]['area'])
            if st['phone_which'] == 'mobile':
                st['phone_which'] = 'main'
        ops.append(('new_number', ['phone']))
    elif op == 'contact_changed':
        if person or not e.get('contact') or not st['contact']:
            return False
        e['contact'] = make_contact()
        ops.append(('other_contact_person', ['givenName', 'familyName']))
    elif op == 'married':
        if not person or e['gender'] != 'f' or e['nat'] != 'jp':
            return False
        fk, fkana = pick_family()
        if fk == e['fam_k']:
            return False
        e['fam_k'], e['fam_kana'] = fk, fkana
        ops.append(('married_name', ['familyName', 'displayName']))
    elif op == 'typo_name' and (st['script'] in ('kanji',)) and chance(0.7):
        # kanji conversion error (IME homophone / variant character)
        if person and e['nat'] == 'jp':
            if chance(0.5) and FAM_VARIANTS.get(e['fam_k']):
                e['fam_k'] = ch(FAM_VARIANTS[e['fam_k']])
                ops.append(('kanji_variant', ['familyName', 'displayName']))
            elif GIV_VARIANTS.get(e['giv_k']):
                e['giv_k'] = ch(GIV_VARIANTS[e['giv_k']])
                ops.append(('kanji_variant', ['givenName', 'displayName']))
            else:
                return None
        elif not person:
            parts = list(e['parts'])
            for i, p in enumerate(parts):
                if p[0] in TRADE_HOMO:
                    parts[i] = (TRADE_HOMO[p[0]],) + tuple(p[1:])
                    e['parts'] = parts
                    ops.append(('kanji_homophone', ['companyName', 'displayName']))
                    return True
                if FAM_VARIANTS.get(p[0]):
                    parts[i] = (ch(FAM_VARIANTS[p[0]]),) + tuple(p[1:])
                    e['parts'] = parts
                    ops.append(('kanji_variant', ['companyName', 'displayName']))
                    return True
            return None
        else:
            return None
    elif op == 'nickname' and person:
        if e['nat'] == 'cn' and e.get('alias') and st['script'].startswith('latin'):
            e['_alias'] = e['alias']
            ops.append(('english_name', ['givenName', 'displayName']))
        elif e['nat'] == 'br' and e['giv_lat'] in BR_NICK:
            e['giv_lat'] = BR_NICK[e['giv_lat']]
            e['giv_kana'] = e['giv_kana'].split(' ')[0]
            ops.append(('nickname', ['givenName', 'displayName']))
        elif e['nat'] == 'vn':
            e['giv_lat'] = e['giv_lat'].split(' ')[-1]
            e['giv_kana'] = e['giv_kana'].split(' ')[-1]
            ops.append(('short_form', ['givenName', 'displayName']))
        else:
            return None
    elif op == 'kana_name' and person and e['nat'] == 'jp' and st['script'] == 'kanji':
        # given name written in kana because the kanji was unknown
        e['giv_k'] = e['giv_kana'] if chance(0.6) else ''.join(chr(ord(c) - 0x60) if 'ァ' <= c <= 'ン' else c for c in e['giv_kana'])
        ops.append(('written_in_kana', ['givenName', 'displayName']))
    else:
        return None
    return True


def apply_noise(op, e, c, st, ops):
    person = e['type'] == 'person'
    if op == 'typo_name':
        fields = [f for f in (['familyName', 'givenName'] if person else ['companyName']) if c[f]]
        if not fields:
            return False
        f = ch(fields)
        old = c[f]
        if any('ァ' <= x <= 'ン' or 'ｦ' <= x <= 'ﾟ' for x in old):
            new = typo_kana(old)
        elif any(x.isascii() and x.isalpha() for x in old):
            new = typo_latin(old)
        else:
            return False
        if new == old:
            return False
        c[f] = new
        if c['displayName'] and old in c['displayName']:
            c['displayName'] = c['displayName'].replace(old, new, 1)
        ops.append(('typo', [f, 'displayName']))
    elif op == 'typo_email':
        if not c['email']:
            return False
        c['email'] = typo_email(c['email'])
        ops.append(('typo', ['email']))
    elif op == 'digit_off':
        if not c['phone']:
            return False
        ph = c['phone']
        digs = [i for i, x in enumerate(ph) if x.isdigit() or '０' <= x <= '９']
        if len(digs) < 8:
            return False
        i = digs[R.randint(len(digs) - 4, len(digs) - 1)] if 'FAX' not in ph and '内線' not in ph and 'ext' not in ph else digs[R.randint(5, 8)]
        x = ph[i]
        v = int(unicodedata.normalize('NFKC', x))
        nv = str((v + ch([1, 9, 2])) % 10)
        if '０' <= x <= '９':
            nv = to_full(nv)
        c['phone'] = ph[:i] + nv + ph[i + 1:]
        ops.append(('digit_off', ['phone']))
    elif op == 'typo_addr':
        a = c['address']
        if not a or not a['line1']:
            return False
        l1 = a['line1']
        if any(x.isascii() and x.isalpha() for x in l1):
            new = typo_latin(l1)
        else:
            # drop or swap a kanji of the town/city part (no digits touched)
            idx = [i for i, x in enumerate(l1) if not x.isdigit() and not ('０' <= x <= '９') and x not in '-－−ー丁目番地号の' and x not in KNUM + '十百']
            if len(idx) < 3:
                return False
            i = ch(idx[1:])
            new = l1[:i] + l1[i + 1:]
        if new == l1 or num_tuple(new) != num_tuple(l1):
            return False
        a = dict(a)
        a['line1'] = new
        c['address'] = a
        ops.append(('typo', ['address']))
    elif op == 'number_typo':
        a = c['address']
        if not a or not a['line1']:
            return False
        l1 = a['line1']
        digs = [i for i, x in enumerate(l1) if x.isdigit() and x.isascii()]
        if not digs:
            return False
        i = ch(digs)
        a = dict(a)
        a['line1'] = l1[:i] + str((int(l1[i]) + 1) % 10 or 1) + l1[i + 1:]
        if a['line1'] == l1:
            return False
        c['address'] = a
        ops.append(('number_typo', ['address']))
    elif op == 'swap':
        if not c['givenName'] or not c['familyName']:
            return False
        c['givenName'], c['familyName'] = c['familyName'], c['givenName']
        ops.append(('swapped_with_familyName', ['givenName', 'familyName']))
    elif op == 'accents':
        fields = [f for f in NAMEF if c[f] and any(ord(x) > 127 and x.isalpha() and not ('\u3040' <= x <= '\u9fff') and not ('\uff00' <= x <= '\uffef') for x in c[f])]
        if not fields:
            return False
        mode = wch([('drop', 60), ('moji', 25), ('qmark', 15)])
        for f in fields:
            c[f] = mangle_accents(c[f], mode)
        ops.append(('accents_dropped' if mode == 'drop' else 'accents_mangled', fields))
    elif op == 'abbrev':
        f = 'companyName'
        if person or not c[f]:
            return False
        rep = [('Industries', 'Ind.'), ('Corporation', 'Corp.'), ('Electric', 'Elec.'), ('Engineering', 'Eng.'),
               ('Construction', 'Const.'), ('Equipment', 'Equip.'), ('Association', 'Assn.'), ('Division', 'Div.'),
               ('Hospital', 'Hosp.'), ('Kabushiki Kaisha', 'KK'), ('Co., Ltd.', 'Co Ltd'), ('Setsubi', 'Setsb.'),
               ('Kogyo', 'Kgy'), ('Building', 'Bldg'), ('City Office', 'City'), ('市役所', '市'), ('株式会社', '(株)'),
               ('有限会社', '(有)'), ('管理組合', '管理組'), ('エンジニアリング', 'エンジ'), ('ホールディングス', 'HD')]
        s = c[f]
        for a, b in rep:
            if a in s:
                c[f] = s.replace(a, b)
                if c['displayName'] and a in c['displayName']:
                    c['displayName'] = c['displayName'].replace(a, b)
                ops.append(('abbreviation', ['companyName', 'displayName']))
                return True
        return False
    elif op == 'upper_dn':
        dn = c['displayName']
        if not dn or not any(x.isascii() and x.isalpha() for x in dn):
            return False
        c['displayName'] = dn.upper() if dn != dn.upper() else dn.title()
        ops.append(('capitals', ['displayName']))
    else:
        return None
    return True


FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']


def diff_changes(c0, c1, ops):
    out = []
    for f in FIELDS:
        if c0[f] != c1[f]:
            whats = []
            for what, fields in ops:
                if f in fields and what not in whats:
                    whats.append(what)
            if not whats:
                whats = ['format']
            if c1[f] is None and 'dropped' not in whats:
                whats = ['dropped']
            elif c0[f] is None and c1[f] is not None:
                whats = ['added']
            for w in whats[:3]:
                out.append(f + ':' + w)
    return out


def make_variant(e, base_st, profile, allow_empty=False):
    """returns (record contact, changes, evidence, entity_copy) against render(e, base_st)."""
    c0 = render(e, base_st)
    for attempt in range(40):
        st = dict(base_st)
        st['dn_suffix'] = None
        ec = copy_entity(e)
        ops = []
        if profile == 'light':
            k = R.randint(1, 2)
            pool = LIGHT_OPS
        elif profile == 'medium':
            k = R.randint(2, 4)
            pool = LIGHT_OPS + MEDIUM_OPS + MEDIUM_OPS
        else:
            k = R.randint(4, 7)
            pool = LIGHT_OPS + MEDIUM_OPS + HARSH_OPS + HARSH_OPS
        chosen = []
        tries = 0
        while len(chosen) < k and tries < 60:
            tries += 1
            op = ch(pool)
            if op in chosen:
                continue
            chosen.append(op)
        t0 = TOWNS[e['addr']['t']] if e.get('addr') else None
        if t0 and t0['old'] and profile != 'light' and chance(0.6) and 'old_city' not in chosen:
            chosen.append('old_city')
        if e['type'] == 'person' and e['nat'] in ('vn', 'br', 'cn') and profile != 'light' and chance(0.6):
            chosen.append(ch(['accents', 'nickname', 'script']))
        if e['type'] == 'person' and e['gender'] == 'f' and profile == 'harsh' and chance(0.35):
            chosen.append('married')
        if profile == 'harsh' and not any(o in HEAVY for o in chosen):
            chosen.append(ch(['move', 'new_email', 'new_phone', 'script', 'fax_instead']))
        if 'script' in chosen:
            chosen.remove('script')
            chosen.insert(0, 'script')
        applied = []
        for op in chosen:
            if op == 'script':
                src = ch([s for s in ['order', 'export', 'legacy', 'app'] if s != base_st['src']])
                ns = make_style(ec, src)
                ns['dn_suffix'] = None
                if apply_style_op('script', ec, st, ns):
                    applied.append(op)
                continue
            r = apply_style_op(op, ec, st, None)
            if r is None:
                r = apply_truth_op(op, ec, st, ops)
            if r:
                applied.append(op)
        ops = style_ops(base_st, st, e['type'] == 'person') + ops
        if 'script' in applied:
            ops.insert(0, ('script', NAMEF))
            ops.insert(1, ('source_format', ['address', 'phone']))
        c1 = render(ec, st)
        for op in chosen:
            if op in applied:
                continue
            r = apply_noise(op, ec, c1, st, ops)
            if r:
                applied.append(op)
        if not c1['displayName']:
            continue
        if e['type'] == 'org' and not c1['companyName']:
            continue
        if not (c1['email'] or c1['phone'] or c1['address']):
            continue
        changes = diff_changes(c0, c1, ops)
        if not changes:
            continue
        ev = evidence_of(c0, c1)
        if not ev and not allow_empty:
            continue
        if profile == 'medium' and len(changes) < 2 and attempt < 30:
            continue
        if profile == 'harsh' and (len(changes) < 3 or len(ev) > 2) and attempt < 30:
            continue
        return c1, changes, ev, ec, st
    return None


# --------------------------------------------------------------------------
# building the population
# --------------------------------------------------------------------------
def build():
    existing = []   # list of (entity, style)

    def add_existing(e, src=None):
        e['id'] = new_id()
        st = make_style(e, src or existing_src())
        existing.append([e, st])
        return e

    # ---- special organisation populations ----
    groups = []
    for gi in range(26):
        n = ch([1, 2, 2, 3])
        gid, stem, members, hq = make_group(n + 1)   # one extra member kept for a hard negative
        if len(members) < 2:
            continue
        spare = members[-1]
        for m in members[:-1]:
            add_existing(m)
        groups.append({'id': gid, 'members': members[:-1], 'spare': spare, 'hq': hq, 'stem': stem})
    mgmts = []
    for mi in range(9):
        mg = make_mgmt_company()
        mg['id'] = None
        if chance(0.5):
            add_existing(mg)
        else:
            mg['id'] = new_id()
        condos = []
        for ci in range(R.randint(3, 5)):
            cd = make_condo(mg)
            cd['mgmt'] = mg['id']
            add_existing(cd)
            condos.append(cd)
        mgmts.append({'m': mg, 'condos': condos})
    agents = []
    for ai in range(5):
        ag = make_agent()
        ag['id'] = new_id()
        owners = []
        for oi in range(R.randint(2, 4)):
            p = make_person(nat='jp' if chance(0.85) else 'cn')
            p['email'] = ag['shared_email']
            p['phone'] = ag['phone']
            p['mobile'] = None
            p['agent'] = ag['id']
            p['kind'] = 'person:' + p['nat']
            add_existing(p, 'order')
            owners.append(p)
        agents.append({'a': ag, 'owners': owners})
    halls = {}
    city_depts = []
    for ck in CITY_HALLS[:13]:
        hall = make_hall(ck)
        halls[ck] = hall
        ds = list(DEPTS)
        R.shuffle(ds)
        n = R.randint(1, 3)
        for d in ds[:n]:
            cd = make_city_dept(ck, d, hall)
            add_existing(cd, 'order' if chance(0.85) else 'export')
            city_depts.append(cd)
        hall['unused'] = ds[n:]
    branch_cos = []
    for bi in range(30):
        co = make_company(otype='kk')
        brs = list(BRANCHES)
        R.shuffle(brs)
        br = brs[0]
        co['suffix'] = [branch_part(br)]
        co['branch'] = br
        co['addr'] = new_address(city=ch(br[3]), kind='office')
        co['phone'] = new_phone(TOWNS[co['addr']['t']]['area'])
        if co['domain']:
            co['email'] = ch(['osaka', 'tokyo', 'kobe', 'eigyo', 'branch', 'shiten']) + '-' + slugify(br[2].split(' ')[0]) + '@' + co['domain']
            reg_email(co['email'])
        co['other_branches'] = brs[1:4]
        add_existing(co)
        branch_cos.append(co)
    schools = [add_existing(make_school()) for _ in range(24)]
    hospitals = [add_existing(make_hospital()) for _ in range(24)]
    temples = [add_existing(make_temple(city=ch(OSAKA_CITIES))) for _ in range(24)]
    shops = [add_existing(make_shop()) for _ in range(150)]
    n_org_target = 900
    n_org = sum(1 for e, s in existing if e['type'] == 'org')
    companies = []
    while n_org < n_org_target:
        companies.append(add_existing(make_company()))
        n_org += 1
    # ---- persons ----
    n_person_target = N_EXISTING - n_org_target
    persons = [e for e, s in existing if e['type'] == 'person']
    namesake_pairs = []
    for i in range(12):
        a = make_person(nat='jp')
        b = make_person(nat='jp', names={k: a[k] for k in ('nat', 'gender', 'fam_k', 'fam_kana', 'giv_k', 'giv_kana', 'fam_lat', 'giv_lat', 'alias')})
        add_existing(a, 'order')
        add_existing(b, 'order')
        namesake_pairs.append((a, b))
    while sum(1 for e, s in existing if e['type'] == 'person') < n_person_target:
        add_existing(make_person())
    assert len(existing) == N_EXISTING, len(existing)
    return existing, dict(groups=groups, mgmts=mgmts, agents=agents, halls=halls, city_depts=city_depts,
                          branch_cos=branch_cos, schools=schools, hospitals=hospitals, temples=temples,
                          shops=shops, companies=companies)


def finalize_existing(existing):
    """render, make displayName unique (QuickBooks requires it), sort."""
    seen = {}
    rows = []
    for e, st in existing:
        c = render(e, st)
        key = c['displayName'].casefold()
        if key in seen:
            t = TOWNS[e['addr']['t']]
            if st['script'] in ('kanji', 'kana', 'kana_half'):
                suf = ch(['（%s）', ' (%s)', ' %s']) % (t['city_k'] if not t['ward_k'] or chance(0.5) else t['ward_k'])
            else:
                suf = ' (%s)' % rom_cap(t['city_kana'], 'plain')
            st['dn_suffix'] = suf
            c = render(e, st)
            key = c['displayName'].casefold()
            n = 2
            while key in seen:
                st['dn_suffix'] = suf + ' %d' % n
                c = render(e, st)
                key = c['displayName'].casefold()
                n += 1
        seen[key] = 1
        rows.append((key, e, st, c))
    rows.sort(key=lambda r: (r[0], r[1]['id']))
    return rows


# --------------------------------------------------------------------------
# hard negatives
# --------------------------------------------------------------------------
HN_PLAN = [('namesake_person', 15), ('household_member', 12), ('father_son', 12), ('spouse', 12),
           ('later_occupant', 10), ('shared_agent_owner', 8), ('other_branch', 14), ('group_company', 14),
           ('condo_same_manager', 12), ('public_other_department', 10), ('similar_name_other_trade', 12),
           ('namesake_company_elsewhere', 10), ('incorporated_successor', 9)]
HN_RULES = {
    'namesake_person': 'one customer per natural person: same name, but another person living elsewhere with other phone and e-mail',
    'household_member': 'one customer per natural person: another member of the same household (same address and home phone)',
    'father_son': 'one customer per natural person: father and son share family name and home address but each has his own account',
    'spouse': 'one customer per natural person: spouses share address and a family mailbox but are separate customers',
    'later_occupant': 'one customer per person / legal entity: a later occupant of the same unit is a different customer',
    'shared_agent_owner': 'one customer per natural person: another property owner represented by the same management agent (agent mailbox and phone)',
    'other_branch': 'branches (支店/営業所/出張所) that order and are invoiced separately are kept as separate customers',
    'group_company': 'one customer per legal entity: a sister company of the same group, sharing the group accounting (経理) mailbox, phone and head office',
    'condo_same_manager': 'one customer per management association (管理組合): another association handled by the same management company (shared mailbox and phone)',
    'public_other_department': 'public bodies: one customer per department (課) with its own budget and invoices',
    'similar_name_other_trade': 'one customer per legal entity: an unrelated firm with a similar name in another trade',
    'namesake_company_elsewhere': 'one customer per legal entity: an identically named but unrelated organisation in another city',
    'incorporated_successor': 'one customer per legal entity: the company founded from a sole proprietorship (法人成り) is a new legal entity with a new account',
}
SAFE_HN_OPS = ['sep', 'hon', 'phone_fmt', 'num', 'fw', 'email_case', 'country', 'form_var', 'room']


def shared_of(c0, c1):
    """all checkable things the two records share"""
    sh = []

    def nn(s):
        return unicodedata.normalize('NFKC', s).casefold().replace(' ', '') if s else None
    if c0['familyName'] and c1['familyName'] and nn(c0['familyName']) == nn(c1['familyName']):
        sh.append('familyName')
    if c0['givenName'] and c1['givenName'] and nn(c0['givenName']) == nn(c1['givenName']):
        sh.append('givenName')
    if c0['email'] and c1['email']:
        if norm_email(c0['email']) == norm_email(c1['email']):
            sh.append('email')
        else:
            d0 = norm_email(c0['email']).split('@')[-1]
            d1 = norm_email(c1['email']).split('@')[-1]
            if d0 == d1 and d0 not in PUBLIC_DOMAINS:
                sh.append('email_domain')
    if c0['phone'] and c1['phone'] and norm_phone(c0['phone']) == norm_phone(c1['phone']):
        sh.append('phone')
    k0, k1 = addr_key(c0['address']), addr_key(c1['address'])
    if k0 and k1 and k0 == k1:
        sh.append('address')
    if c0['address'] and c1['address'] and c0['address']['city'] and c1['address']['city'] and \
            nn(c0['address']['city']) == nn(c1['address']['city']):
        sh.append('city')
    if c0['companyName'] and c1['companyName']:
        s0, s1 = company_core(c0['companyName']), company_core(c1['companyName'])
        if s0 == s1:
            sh.append('companyName')
        elif len(os.path.commonprefix([s0, s1])) >= 2:
            sh.append('companyName_stem')
    return sh


LEGAL_TOKENS = ['株式会社', '有限会社', '合同会社', '医療法人社団', '医療法人', '学校法人', '宗教法人', '(株)', '(有)', '(同)',
                '(医)', '(学)', '(宗)', '㈱', '㈲', 'co.,ltd.', 'co.,ltd', 'k.k.', 'inc.', 'corporation', 'kabushikikaisha',
                'y.k.', 'ltd.', 'yugenkaisha', 'llc.', 'llc', 'g.k.', 'godokaisha', 'ｶ)', '(ｶ', 'ﾕ)', '(ﾕ', 'ﾄﾞ)', '(ﾄﾞ',
                'ｲ)', '(ｲ', 'ｶﾞｸ)', '(ｶﾞｸ', 'ｼﾕｳ)', '(ｼﾕｳ', 'medicalcorporation', 'educationalcorporation',
                'religiouscorporation', 'iryohojin', 'gakkohojin']


def company_core(s):
    t = unicodedata.normalize('NFKC', s).casefold().replace(' ', '').replace('\u3000', '')
    for tok in sorted(LEGAL_TOKENS, key=lambda x: -len(x)):
        tok_n = unicodedata.normalize('NFKC', tok).casefold()
        t = t.replace(tok_n, '')
    return t


HN_REQUIRED = {
    'namesake_person': ['familyName', 'givenName'], 'household_member': ['familyName', 'address', 'phone'],
    'father_son': ['familyName', 'address'], 'spouse': ['familyName', 'address', 'email'],
    'later_occupant': ['address'], 'shared_agent_owner': ['email', 'phone'],
    'other_branch': ['companyName_stem'], 'group_company': ['email', 'phone'],
    'condo_same_manager': ['email', 'phone'], 'public_other_department': ['address', 'phone', 'companyName_stem'],
    'similar_name_other_trade': ['companyName_stem'], 'namesake_company_elsewhere': ['companyName'],
    'incorporated_successor': ['address', 'phone', 'companyName'],
}
HN_FORBIDDEN = {
    'namesake_person': ['email', 'phone', 'address'], 'later_occupant': ['email', 'phone', 'familyName'],
    'similar_name_other_trade': ['email', 'phone', 'address'], 'namesake_company_elsewhere': ['email', 'phone', 'address', 'city'],
    'other_branch': ['address', 'phone'], 'household_member': ['givenName'], 'father_son': ['givenName'], 'spouse': ['givenName'],
}


def other_city(ck):
    for _ in range(50):
        c = wch(CITY_W)
        if c != ck and c.split('市')[0] != ck.split('市')[0]:
            return c
    return '千代田区'


def hn_entity(kind, a, pools):
    """build the hard-negative entity for anchor a; returns (entity, ops) or None"""
    person = a['type'] == 'person'
    t = TOWNS[a['addr']['t']]
    ops = []
    if kind == 'namesake_person':
        names = {k: a[k] for k in ('nat', 'gender', 'fam_k', 'fam_kana', 'giv_k', 'giv_kana', 'fam_lat', 'giv_lat', 'alias')}
        h = make_person(nat=a['nat'], city=other_city(t['ckey']), names=names)
        ops += [('other_person_same_name', ['displayName']), ('other_address', ['address']), ('other_number', ['phone']),
                ('other_address', ['email'])]
        return h, ops
    if kind in ('household_member', 'father_son', 'spouse'):
        h = copy_entity(a)
        h['agent'] = None
        if kind == 'father_son':
            g = 'm'
        elif kind == 'spouse':
            g = 'f' if a['gender'] == 'm' else 'm'
        else:
            g = ch(['m', 'f'])
        for _ in range(20):
            gk, gkana = pick_given(g)
            if gkana != a['giv_kana']:
                break
        if a['nat'] == 'jp' or (a['nat'] == 'br' and a['fam_k']):
            h['giv_k'], h['giv_kana'] = gk, gkana
            h['giv_lat'] = None if a['nat'] == 'jp' else h['giv_lat']
        else:
            nn = foreign_person_names(a['nat'])
            if nn['giv_kana'] == a['giv_kana']:
                return None
            h['giv_k'], h['giv_kana'], h['giv_lat'] = nn['giv_k'], nn['giv_kana'], nn['giv_lat']
            g = nn['gender']
        h['gender'] = g
        h['alias'] = None
        fam, giv = name_latin(h, 'plain')
        ops.append(('other_given_name', ['givenName', 'displayName']))
        if kind == 'household_member':
            if not a.get('phone'):
                return None
            h['mobile'] = None
            h['email'] = person_email(ascii_fold(fam), ascii_fold(giv)) if chance(0.6) else None
            ops.append(('other_address', ['email']))
        elif kind == 'father_son':
            h['phone'] = None
            h['mobile'] = new_phone(mobile=True)
            h['email'] = person_email(ascii_fold(fam), ascii_fold(giv))
            ops += [('own_mobile', ['phone']), ('own_address', ['email'])]
        else:
            if not a.get('email'):
                return None
            if chance(0.5):
                h['mobile'] = new_phone(mobile=True)
                h['phone'] = None
                ops.append(('own_mobile', ['phone']))
        return h, ops
    if kind == 'later_occupant':
        if person:
            h = make_person()
            h['addr'] = dict(a['addr'])
        else:
            h = make_company()
            h['addr'] = dict(a['addr'])
        ops += [('other_customer', NAMEF), ('other_number', ['phone']), ('other_address', ['email'])]
        return h, ops
    if kind == 'shared_agent_owner':
        h = make_person(nat='jp')
        h['email'] = a['email']
        h['phone'] = a['phone']
        h['mobile'] = None
        h['agent'] = a['agent']
        ops += [('other_owner', NAMEF), ('other_property', ['address'])]
        return h, ops
    if kind == 'other_branch':
        h = copy_entity(a)
        br = ch(a['other_branches'])
        h['suffix'] = [branch_part(br)]
        h['addr'] = new_address(city=ch(br[3]), kind='office')
        h['phone'] = new_phone(TOWNS[h['addr']['t']]['area'])
        h['fax'] = new_phone(TOWNS[h['addr']['t']]['area']) if a.get('fax') else None
        if a.get('domain'):
            h['email'] = ch(['eigyo', 'branch', 'shiten', 'order']) + '-' + slugify(br[2].split(' ')[0]) + '@' + a['domain']
            if not reg_email(h['email']):
                return None
        else:
            h['email'] = None
        h['contact'] = make_contact() if a.get('contact') else None
        ops += [('other_branch', ['companyName', 'displayName']), ('other_address', ['address']),
                ('other_number', ['phone']), ('other_address', ['email']), ('other_contact_person', ['givenName', 'familyName'])]
        return h, ops
    if kind == 'group_company':
        g = pools['group_of'][a['id']]
        if g['spare'] is None:
            return None
        h = g['spare']
        g['spare'] = None
        h['contact'] = make_contact() if chance(0.5) else None
        ops += [('sister_company', ['companyName', 'displayName']), ('other_contact_person', ['givenName', 'familyName'])]
        return h, ops
    if kind == 'condo_same_manager':
        mg = pools['mgmt_of'][a['mgmt']]
        h = make_condo(mg)
        h['mgmt'] = a['mgmt']
        ops += [('other_association', ['companyName', 'displayName']), ('other_building', ['address']),
                ('other_contact_person', ['givenName', 'familyName'])]
        return h, ops
    if kind == 'public_other_department':
        hall = pools['halls'][a['hall']]
        if not hall['unused']:
            return None
        d = hall['unused'].pop(0)
        h = make_city_dept(a['hall'], d, hall)
        ops += [('other_department', ['companyName', 'displayName']), ('other_extension', ['phone']),
                ('other_address', ['email']), ('other_contact_person', ['givenName', 'familyName'])]
        return h, ops
    if kind == 'similar_name_other_trade':
        stem = [a['parts'][0]]
        for _ in range(30):
            tr = ch(TRADES if a['otype'] != 'shop' else SHOP_TRADES)
            if parts_k(tr) != parts_k(a['parts'][1:]) and reserve_stem(parts_k(stem + tr)):
                break
        else:
            return None
        if a['otype'] == 'shop':
            h = make_shop(city=t['ckey'])
            h['parts'] = stem + tr
            if h['contact']['fam_k'] != stem[0][0]:
                h['contact'] = dict(h['contact'])
        else:
            h = make_company(otype=a['otype'] if a['otype'] in ('kk', 'yk', 'godo') else 'kk', city=t['ckey'], stem=stem, trade=tr)
        ops += [('other_trade', ['companyName', 'displayName']), ('other_address', ['address']),
                ('other_number', ['phone']), ('other_address', ['email']), ('other_contact_person', ['givenName', 'familyName'])]
        return h, ops
    if kind == 'namesake_company_elsewhere':
        oc = other_city(t['ckey'])
        if a['otype'] == 'temple':
            h = make_temple(city=oc, name=a['parts'])
            h['form'] = a['form']
            h['form_pos'] = a['form_pos']
        else:
            h = make_company(otype=a['otype'], city=oc, stem=[a['parts'][0]], trade=a['parts'][1:])
            h['form_pos'] = a['form_pos']
            h['parts'] = a['parts']
            if a['suffix']:
                h['suffix'] = None
        ops += [('unrelated_namesake', ['companyName', 'displayName']), ('other_address', ['address']),
                ('other_number', ['phone']), ('other_address', ['email']), ('other_contact_person', ['givenName', 'familyName'])]
        return h, ops
    if kind == 'incorporated_successor':
        h = copy_entity(a)
        h['otype'] = 'kk' if chance(0.75) else 'godo'
        h['kind'] = 'org:' + h['otype']
        h['form'] = h['otype']
        h['form_pos'] = 'pre' if chance(0.6) else 'post'
        if a.get('domain'):
            h['email'] = a['email']
        elif chance(0.6):
            h['domain'] = company_domain(a['parts'], h['form'])
            h['email'] = ch(['info', 'jimu', 'keiri']) + '@' + h['domain']
            reg_email(h['email'])
        ops += [('incorporated', ['companyName', 'displayName']), ('new_address', ['email'])]
        return h, ops
    raise ValueError(kind)


def hn_candidates(kind, ex_entities, pools):
    out = []
    for e in ex_entities:
        a = e
        if a['type'] == 'person':
            if kind == 'namesake_person' and a['nat'] in ('jp', 'cn', 'kr') and not a.get('agent'):
                out.append(a)
            elif kind in ('household_member', 'spouse') and not a.get('agent') and a['nat'] in ('jp', 'cn', 'kr', 'br'):
                if kind == 'household_member' and not a.get('phone'):
                    continue
                if kind == 'spouse' and not a.get('email'):
                    continue
                out.append(a)
            elif kind == 'father_son' and a['gender'] == 'm' and not a.get('agent') and a['nat'] in ('jp', 'br', 'kr'):
                out.append(a)
            elif kind == 'later_occupant' and a['addr']['bldg'] and a['addr']['room'][0] == 'room' and not a.get('agent'):
                out.append(a)
            elif kind == 'shared_agent_owner' and a.get('agent'):
                out.append(a)
        else:
            ot = a['otype']
            if kind == 'later_occupant' and ot in ('kk', 'yk', 'godo') and a['addr']['bldg'] and not a.get('group') and not a.get('suffix'):
                out.append(a)
            elif kind == 'other_branch' and a.get('branch'):
                out.append(a)
            elif kind == 'group_company' and a.get('group') and pools['group_of'].get(a['id']) and pools['group_of'][a['id']]['spare']:
                out.append(a)
            elif kind == 'condo_same_manager' and ot == 'condo':
                out.append(a)
            elif kind == 'public_other_department' and ot == 'city':
                out.append(a)
            elif kind == 'similar_name_other_trade' and ot in ('kk', 'yk', 'shop') and not a.get('group') and not a.get('suffix') \
                    and len(a['parts'][0][0]) >= 2 and a['parts'][0][1]:
                out.append(a)
            elif kind == 'namesake_company_elsewhere' and ot in ('kk', 'yk', 'temple') and not a.get('group') and not a.get('suffix') \
                    and not a.get('mgmt_company'):
                out.append(a)
            elif kind == 'incorporated_successor' and ot == 'shop':
                out.append(a)
    return out


# --------------------------------------------------------------------------
# main assembly
# --------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    existing, pools = build()
    rows = finalize_existing(existing)
    ex_index = {}
    ex_entities = []
    for i, (key, e, st, c) in enumerate(rows):
        ex_index[e['id']] = i
        ex_entities.append(e)
    group_of = {}
    for g in pools['groups']:
        for m in g['members']:
            group_of[m['id']] = g
    pools['group_of'] = group_of
    mgmt_of = {}
    for m in pools['mgmts']:
        mgmt_of[m['m']['id']] = m['m']
    pools['mgmt_of'] = mgmt_of

    incoming = []   # dicts: contact, meta (without set/index), entity id, order-group info

    # ---- hard negatives first (they consume special pools) ----
    used_anchor = {}
    hn_records = []
    for kind, n in HN_PLAN:
        cands = hn_candidates(kind, ex_entities, pools)
        R.shuffle(cands)
        made = 0
        for a in cands:
            if made >= n:
                break
            if a['id'] in used_anchor:
                continue
            ai = ex_index[a['id']]
            a_st = rows[ai][2]
            a_c = rows[ai][3]
            if a_c['address'] is None and kind in ('household_member', 'father_son', 'spouse', 'later_occupant',
                                                   'public_other_department', 'incorporated_successor'):
                continue
            res = hn_entity(kind, a, pools)
            if res is None:
                continue
            h, ops = res
            st = dict(a_st)
            st['dn_suffix'] = None
            if kind in ('namesake_person', 'household_member', 'father_son', 'spouse', 'later_occupant',
                        'public_other_department', 'incorporated_successor', 'group_company', 'shared_agent_owner',
                        'condo_same_manager'):
                if st['phone'] is None and kind in ('household_member', 'public_other_department', 'incorporated_successor',
                                                    'group_company', 'shared_agent_owner', 'condo_same_manager'):
                    continue
            if kind == 'spouse':
                st['email_which'] = st['email_which'] or 'main'
            if kind in ('father_son', 'household_member'):
                st['phone_which'] = 'main'
            for op in R.sample(SAFE_HN_OPS, R.randint(0, 2)):
                apply_style_op(op, h, st, None)
                if op in ('fw',) and st['script'] != 'kanji':
                    st['fw'] = False
            ops = style_ops(a_st, st, h['type'] == 'person') + ops
            c = render(h, st)
            if c['email'] is None and c['phone'] is None and c['address'] is None:
                continue
            sh = shared_of(a_c, c)
            if not all(x in sh for x in HN_REQUIRED[kind]):
                continue
            if any(x in sh for x in HN_FORBIDDEN.get(kind, [])):
                continue
            if kind == 'later_occupant' and ('companyName_stem' in sh or 'companyName' in sh):
                continue
            if c['displayName'].casefold() == a_c['displayName'].casefold() and kind != 'namesake_person':
                continue
            h['id'] = new_id()
            used_anchor[a['id']] = 1
            changes = diff_changes(a_c, c, ops)
            meta = {'category': 'hard_negative', 'kind': h['kind'], 'changes': changes, 'anchor': a['id'],
                    'anchor_index': ai, 'hn_type': kind, 'rule': HN_RULES[kind], 'shared': sh}
            hn_records.append({'entity': h['id'], 'contact': c, 'meta': meta})
            made += 1
        if made < n:
            raise RuntimeError('not enough hard negatives for %s: %d/%d' % (kind, made, n))
    incoming.extend(hn_records)

    # ---- matches ----
    hn_anchor_ids = used_anchor
    order = list(range(N_EXISTING))
    R.shuffle(order)
    picks = order[:760] + [ch(order[:760]) for _ in range(N_MATCH - 760)]
    n_namecity = 0
    for pi, ai in enumerate(picks):
        key, e, st, c0 = rows[ai]
        profile = wch([('light', 38), ('medium', 36), ('harsh', 26)])
        res = None
        if n_namecity < 12 and e['type'] == 'org' and e['otype'] in ('kk', 'yk') and st['script'] == 'kanji' \
                and st['addr'] == 'jp' and not e.get('group') and not e.get('suffix') and e['id'] not in hn_anchor_ids:
            # distinctive name + city: moved within the same city, new phone, no e-mail
            ec = copy_entity(e)
            nst = dict(st)
            nst['dn_suffix'] = None
            t = TOWNS[e['addr']['t']]
            ec['addr'] = new_address(city=t['ckey'], kind='office')
            ec['phone'] = new_phone(t['area'])
            nst['email_which'] = None
            ops = [('moved_same_city', ['address']), ('new_number', ['phone'])]
            if chance(0.5):
                nst['form_pos'] = 'post' if e['form_pos'] == 'pre' else 'pre'
                ops = style_ops(st, nst, False) + ops
            c1 = render(ec, nst)
            chg = diff_changes(c0, c1, ops)
            ev = evidence_of(c0, c1)
            if not ev and c1['address']['city'] == c0['address']['city']:
                res = (c1, chg, ev, ec, nst)
                profile = 'harsh'
                n_namecity += 1
        if res is None:
            res = make_variant(e, st, profile)
            if res is None:
                res = make_variant(e, st, 'light')
                profile = 'light'
        c1, chg, ev, ec, nst = res
        meta = {'category': 'match', 'kind': e['kind'], 'changes': chg, 'profile': profile, 'evidence': ev,
                'compare_set': 'existing', 'compare_index': ai}
        if not ev:
            meta['findable_by'] = 'distinctive name + city'
        incoming.append({'entity': e['id'], 'contact': c1, 'meta': meta})

    # ---- new customers ----
    n_new_records = N_INCOMING - len(incoming)
    plan = []
    n3 = 20
    n2 = 70
    n1 = n_new_records - 3 * n3 - 2 * n2
    plan = [3] * n3 + [2] * n2 + [1] * n1
    R.shuffle(plan)
    new_groups = []
    for occ in plan:
        r = R.random()
        if r < 0.40:
            e = make_person()
        elif r < 0.55:
            e = make_shop()
        elif r < 0.93:
            e = make_company()
        elif r < 0.96:
            e = make_hospital()
        else:
            e = make_school()
        e['id'] = new_id()
        st = make_style(e, incoming_src())
        c_first = render(e, st)
        if not (c_first['email'] or c_first['phone'] or c_first['address']):
            st['phone'] = 'hyphen'
            c_first = render(e, st)
        grp = [{'entity': e['id'], 'contact': c_first,
                'meta': {'category': 'new', 'kind': e['kind'], 'changes': [], 'occurrence': 1}}]
        for k in range(2, occ + 1):
            profile = wch([('light', 40), ('medium', 40), ('harsh', 20)])
            res = make_variant(e, st, profile)
            if res is None:
                res = make_variant(e, st, 'light')
                profile = 'light'
            c1, chg, ev, ec, nst = res
            grp.append({'entity': e['id'], 'contact': c1,
                        'meta': {'category': 'new', 'kind': e['kind'], 'changes': chg, 'occurrence': k,
                                 'profile': profile, 'evidence': ev, 'compare_set': 'incoming', 'compare_index': None}})
        new_groups.append(grp)
        incoming.extend(grp)
    assert len(incoming) == N_INCOMING, len(incoming)

    # ---- shuffle incoming; keep each new customer's first occurrence first ----
    R.shuffle(incoming)
    pos_of = {}
    for i, rec in enumerate(incoming):
        rec['_pos'] = i
    for grp in new_groups:
        if len(grp) < 2:
            continue
        positions = sorted(r['_pos'] for r in grp)
        for r, p in zip(grp, positions):
            incoming[p] = r
            r['_pos'] = p
        first = grp[0]['_pos']
        for r in grp[1:]:
            r['meta']['compare_index'] = first

    # ---- write ----
    os.makedirs(args.out, exist_ok=True)
    set_lines = []
    meta_lines = []
    for i, (key, e, st, c) in enumerate(rows):
        set_lines.append({'set': 'existing', 'entity': e['id'], 'contact': c})
        meta_lines.append({'set': 'existing', 'index': i, 'entity': e['id'], 'category': 'existing',
                           'kind': e['kind'], 'changes': []})
    for i, rec in enumerate(incoming):
        set_lines.append({'set': 'incoming', 'entity': rec['entity'], 'contact': rec['contact']})
        m = {'set': 'incoming', 'index': i, 'entity': rec['entity']}
        m.update(rec['meta'])
        meta_lines.append(m)
    key_order = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone', 'address']
    addr_order = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
    with open(os.path.join(args.out, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in set_lines:
            c = r['contact']
            cc = {k: c[k] for k in key_order}
            if cc['address'] is not None:
                a = cc['address']
                cc['address'] = {k: a[k] for k in addr_order}
            f.write(json.dumps({'set': r['set'], 'entity': r['entity'], 'contact': cc}, ensure_ascii=False) + '\n')
    with open(os.path.join(args.out, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for m in meta_lines:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
