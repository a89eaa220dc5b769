#!/usr/bin/env python3
"""Generator for the tw-maoyi synthetic record-linkage benchmark.

A Taipei trading company for machine parts, bearings and pneumatics (invented)
with a Taichung branch.  Existing = its QuickBooks Online customer list;
incoming = records from its Chinese order system, English export desk, sales
reps' spreadsheets and an old ERP import.

Python 3 standard library only.  One random.Random(SEED); output is
byte-identical for any PYTHONHASHSEED (no iteration over sets, dicts are
insertion-ordered).
"""
import argparse
import json
import os
import random

SEED = 20240611
RNG = random.Random(SEED)

N_EXISTING = 1500
N_INCOMING = 1500
N_HARD = 150

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def ch(seq):
    return seq[RNG.randrange(len(seq))]


def wch(pairs):
    """weighted choice over a list of (value, weight)"""
    tot = sum(w for _, w in pairs)
    x = RNG.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def chance(p):
    return RNG.random() < p


FW_DIGITS = str.maketrans('0123456789', '０１２３４５６７８９')
ZH_NUM = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']


def fullwidth(s):
    return s.translate(FW_DIGITS)


def cap(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------
# names: surnames and given-name characters
# columns: traditional simplified wade-giles pinyin tongyong hokkien cantonese
# ---------------------------------------------------------------------------
SURNAME_TXT = """
陳 陈 chen chen chen tan chan 110
林 林 lin lin lin lim lam 83
黃 黄 huang huang huang ng wong 60
張 张 chang zhang jhang teo cheung 53
李 李 lee li li lee lee 51
王 王 wang wang wang ong wong 41
吳 吴 wu wu wu goh ng 40
劉 刘 liu liu liou lau lau 31
蔡 蔡 tsai cai cai chua choi 29
楊 杨 yang yang yang yeo yeung 26
許 许 hsu xu syu khor hui 23
鄭 郑 cheng zheng jheng tay cheng 19
謝 谢 hsieh xie sie chia tse 18
郭 郭 kuo guo guo quek kwok 17
洪 洪 hung hong hong ang hung 16
曾 曾 tseng zeng zeng chan tsang 15
邱 邱 chiu qiu ciou khoo yau 15
廖 廖 liao liao liao liew liu 13
賴 赖 lai lai lai lua lai 13
周 周 chou zhou jhou chew chow 12
徐 徐 hsu xu syu chee tsui 11
蘇 苏 su su su soh so 11
葉 叶 yeh ye ye yap yip 11
莊 庄 chuang zhuang jhuang chng chong 10
呂 吕 lu lü lu lu lui 10
江 江 chiang jiang jiang kang kong 9
何 何 ho he he ho ho 9
蕭 萧 hsiao xiao siao seow siu 8
羅 罗 lo luo luo lo law 8
高 高 kao gao gao koh ko 8
潘 潘 pan pan pan phua poon 7
簡 简 chien jian jian kan kan 7
朱 朱 chu zhu jhu choo chu 7
鍾 钟 chung zhong jhong cheng chung 7
彭 彭 peng peng peng phang pang 6
游 游 yu you you yew yau 6
詹 詹 chan zhan jhan chiam chim 6
胡 胡 hu hu hu foo wu 6
施 施 shih shi shih sze sze 5
沈 沈 shen shen shen sim shum 5
梁 梁 liang liang liang leong leung 5
趙 赵 chao zhao jhao teo chiu 5
顏 颜 yen yan yan gan ngan 5
柯 柯 ko ke ke kua or 5
翁 翁 weng weng weng ang yung 4
魏 魏 wei wei wei gwee ngai 4
孫 孙 sun sun sun soon suen 4
戴 戴 tai dai dai tay tai 4
范 范 fan fan fan huan fan 3
方 方 fang fang fang png fong 3
宋 宋 sung song song song sung 3
鄧 邓 teng deng deng teng tang 3
歐陽 欧阳 ou-yang ouyang ouyang owyang auyeung 1
"""

GIVEN_TXT = """
志 志 chih zhi jhih chi chi m
明 明 ming ming ming beng ming m
建 建 chien jian jian kian kin m
宏 宏 hung hong hong hong wang m
豪 豪 hao hao hao ho ho m
偉 伟 wei wei wei wee wai m
傑 杰 chieh jie jie kiat kit m
俊 俊 chun jun jyun chun chun m
文 文 wen wen wun boon man u
華 华 hua hua hua hua wah u
國 国 kuo guo guo kok kwok m
榮 荣 jung rong rong eng wing m
家 家 chia jia jia kah ka u
正 正 cheng zheng jheng cheng ching m
德 德 te de de tek tak m
仁 仁 jen ren ren jin yan m
信 信 hsin xin sin sin shun m
忠 忠 chung zhong jhong tiong chung m
安 安 an an an an on u
平 平 ping ping ping peng ping u
智 智 chih zhi jhih ti chi m
勇 勇 yung yong yong yong yung m
清 清 ching qing cing cheng ching u
金 金 chin jin jin kim kam m
福 福 fu fu fu hock fook m
財 财 tsai cai cai chye choi m
祥 祥 hsiang xiang siang siong cheung m
瑞 瑞 jui rui ruei swee sui u
成 成 cheng cheng cheng seng shing m
興 兴 hsing xing sing heng hing m
隆 隆 lung long long leong lung m
輝 辉 hui hui huei hui fai m
嘉 嘉 chia jia jia ka ka u
豐 丰 feng feng fong hong fung m
宇 宇 yu yu yu u yu m
翔 翔 hsiang xiang siang siong cheung m
哲 哲 che zhe jhe tiat chit m
瑋 玮 wei wei wei wee wai m
柏 柏 po bo bo pek pak m
承 承 cheng cheng cheng seng shing m
冠 冠 kuan guan guan kuan kwun m
彥 彦 yen yan yan gan yin m
雄 雄 hsiung xiong syong hiong hung m
昌 昌 chang chang chang cheong cheong m
強 强 chiang qiang ciang kiong keung m
發 发 fa fa fa huat faat m
大 大 ta da da tua tai m
宗 宗 tsung zong zong chong chung m
翰 翰 han han han han hon m
春 春 chun chun chun choon chun u
阿 阿 a a a ah ah u
九 九 chiu jiu jiou kow kau m
美 美 mei mei mei bee mei f
玉 玉 yu yu yu geok yuk f
淑 淑 shu shu shu siok suk f
芬 芬 fen fen fen hun fan f
慧 慧 hui hui huei hui wai f
娟 娟 chuan juan jyuan kuan kuen f
雅 雅 ya ya ya nga nga f
婷 婷 ting ting ting teng ting f
怡 怡 yi yi yi ee yee f
君 君 chun jun jyun kun kwan f
惠 惠 hui hui huei hui wai f
玲 玲 ling ling ling leng ling f
珍 珍 chen zhen jhen tin chun f
秀 秀 hsiu xiu siou siew sau f
麗 丽 li li li lee lai f
芳 芳 fang fang fang hong fong f
雯 雯 wen wen wun bun man f
欣 欣 hsin xin sin him yan f
佳 佳 chia jia jia kah kai f
宜 宜 yi yi yi gee yi f
琪 琪 chi qi ci ki kei f
萱 萱 hsuan xuan syuan suan huen f
筱 筱 hsiao xiao siao siau siu f
蓉 蓉 jung rong rong yong yung f
鳳 凤 feng feng fong hong fung f
秋 秋 chiu qiu ciou chiu chau f
月 月 yueh yue yue geok yuet f
桂 桂 kuei gui guei kui kwai f
英 英 ying ying ying eng ying f
蘭 兰 lan lan lan lan lan f
珮 珮 pei pei pei pwee pui f
靜 静 ching jing jing cheng ching f
瑩 莹 ying ying ying eng ying f
詩 诗 shih shi shih si sze f
涵 涵 han han han ham ham f
穎 颖 ying ying ying eng wing f
娜 娜 na na na na na f
敏 敏 min min min bin man f
堃 堃 kun kun kun khun kwan m
喆 喆 che zhe jhe tiat chit m
峯 峯 feng feng fong hong fung m
琇 琇 hsiu xiu siou siew sau f
棻 棻 fen fen fen hun fan f
媄 媄 mei mei mei bee mei f
"""

# characters an old Big5 ERP could not store (rare variants) -> '?'
RARE_CHARS = '堃喆峯琇棻媄銓錩晟鑫犇'

SURNAMES = []
for _ln in SURNAME_TXT.strip().splitlines():
    _p = _ln.split()
    SURNAMES.append({'t': _p[0], 's': _p[1], 'wg': _p[2], 'py': _p[3], 'ty': _p[4],
                     'hok': _p[5], 'can': _p[6], 'w': int(_p[7])})
SUR_BY_T = {s['t']: s for s in SURNAMES}

GCHARS = []
for _ln in GIVEN_TXT.strip().splitlines():
    _p = _ln.split()
    GCHARS.append({'t': _p[0], 's': _p[1], 'wg': _p[2], 'py': _p[3], 'ty': _p[4],
                   'hok': _p[5], 'can': _p[6], 'g': _p[7]})
GC_BY_T = {g['t']: g for g in GCHARS}

# very common given names (namesakes are common in Taiwan)
POPULAR_M = ['建宏', '志豪', '志明', '俊傑', '家豪', '冠宇', '志偉', '文雄', '國華', '宗翰',
             '承翰', '彥宏', '俊宏', '志強', '建華', '家榮']
POPULAR_F = ['美玲', '淑芬', '雅婷', '怡君', '淑惠', '美惠', '麗華', '秀英', '美玉', '雅惠',
             '惠玲', '佳穎', '怡婷', '淑娟', '秀玲', '詩涵']
COMMON_M = [g for g in GCHARS if g['g'] in 'mu' and g['t'] not in RARE_CHARS and g['t'] not in '阿九大']
COMMON_F = [g for g in GCHARS if g['g'] in 'fu' and g['t'] not in RARE_CHARS and g['t'] not in '阿九大']
RARE_M = [g for g in GCHARS if g['t'] in RARE_CHARS and g['g'] == 'm']
RARE_F = [g for g in GCHARS if g['t'] in RARE_CHARS and g['g'] == 'f']

# IME (zhuyin) homophone typos
HOMOPHONE = {
    '志': '智', '智': '志', '明': '銘', '宏': '弘', '豪': '濠', '偉': '瑋', '瑋': '偉', '傑': '杰',
    '俊': '峻', '文': '雯', '華': '樺', '國': '幗', '榮': '容', '家': '佳', '佳': '家', '正': '政',
    '德': '得', '仁': '任', '信': '新', '忠': '中', '安': '庵', '平': '萍', '勇': '湧', '清': '青',
    '金': '今', '福': '富', '財': '才', '祥': '翔', '翔': '祥', '瑞': '睿', '成': '承', '承': '成',
    '興': '星', '隆': '龍', '輝': '暉', '嘉': '佳', '豐': '峰', '宇': '禹', '哲': '喆', '柏': '伯',
    '冠': '貫', '彥': '彦', '雄': '熊', '昌': '菖', '強': '薔', '發': '法', '宗': '棕', '翰': '瀚',
    '春': '純', '美': '媄', '玉': '鈺', '淑': '姝', '芬': '棻', '慧': '惠', '惠': '慧', '娟': '涓',
    '雅': '亞', '婷': '庭', '怡': '儀', '君': '均', '玲': '鈴', '珍': '真', '秀': '琇', '麗': '莉',
    '芳': '方', '雯': '文', '欣': '馨', '宜': '儀', '琪': '淇', '萱': '軒', '筱': '曉', '蓉': '榕',
    '鳳': '奉', '秋': '湫', '月': '悅', '桂': '貴', '英': '瑛', '蘭': '藍', '珮': '佩', '靜': '靖',
    '瑩': '螢', '詩': '師', '涵': '含', '穎': '潁', '敏': '閔', '建': '健', '達': '大', '泰': '太',
    '益': '毅', '源': '元', '利': '立', '勝': '聖', '盛': '晟', '鑫': '欣', '茂': '貿', '旺': '望',
    '升': '昇', '峰': '豐', '揚': '陽', '群': '裙', '進': '晉', '鋒': '峰', '億': '益', '裕': '育',
    '鼎': '頂', '協': '諧', '寶': '保', '元': '源', '光': '廣', '長': '常',
    '陳': '程', '林': '琳', '黃': '王', '張': '章', '李': '理', '吳': '武', '劉': '留', '蔡': '菜',
    '楊': '陽', '許': '徐', '鄭': '正', '謝': '解', '郭': '國', '洪': '紅', '曾': '增', '邱': '丘',
    '廖': '了', '賴': '來', '周': '週', '徐': '許', '蘇': '酥', '葉': '頁', '莊': '庄', '江': '姜',
    '何': '河', '蕭': '簫', '羅': '蘿', '高': '膏', '潘': '攀', '簡': '減', '朱': '珠', '鍾': '鐘',
    '彭': '澎', '游': '尤', '詹': '沾', '胡': '湖', '施': '師', '沈': '審', '梁': '樑', '趙': '照',
    '顏': '言', '柯': '科', '翁': '嗡', '魏': '衛', '孫': '蓀', '戴': '代', '范': '範', '方': '芳',
    '宋': '送', '鄧': '登',
    '區': '曲', '市': '是', '中': '忠', '山': '三', '民': '明', '生': '聲', '權': '全', '族': '足',
    '復': '付', '工': '公', '業': '葉', '和': '合', '自': '字', '由': '郵', '功': '攻', '孝': '效',
    '愛': '礙', '義': '意', '化': '畫', '新': '心', '五': '武', '青': '清', '年': '黏', '央': '秧',
    '幸': '杏', '博': '伯', '環': '還', '河': '合', '園': '元', '密': '蜜', '精': '經', '機': '基',
    '械': '謝', '氣': '器', '動': '洞', '軸': '宙', '壓': '鴨', '電': '店', '具': '巨',
    '傳': '船', '鋼': '剛', '鐵': '貼', '塑': '訴', '膠': '交', '模': '摸', '科': '顆', '技': '計',
    '程': '成', '螺': '羅', '絲': '思', '齒': '恥', '輪': '倫', '鑄': '住', '造': '照', '實': '石',
    '司': '思', '公': '工', '限': '現', '份': '分', '股': '古', '企': '起', '社': '設', '商': '傷',
    '行': '型', '宮': '公', '廟': '妙', '所': '鎖', '課': '客', '院': '願', '診': '枕', '校': '效',
}
# Traditional -> Simplified for characters used in names / places / firms
T2S = {}
for _g in GCHARS + SURNAMES:
    if _g['t'] != _g['s']:
        T2S[_g['t']] = _g['s']
T2S.update({
    '豐': '丰', '達': '达', '興': '兴', '發': '发', '勝': '胜', '億': '亿', '錩': '锠', '銓': '铨',
    '輝': '辉', '揚': '扬', '進': '进', '鋒': '锋', '協': '协', '寶': '宝', '國': '国', '萬': '万',
    '東': '东', '亞': '亚', '順': '顺', '長': '长', '華': '华', '機': '机', '械': '械', '氣': '气',
    '動': '动', '軸': '轴', '壓': '压', '電': '电', '傳': '传', '鋼': '钢', '鐵': '铁', '膠': '胶',
    '絲': '丝', '齒': '齿', '輪': '轮', '鑄': '铸', '實': '实', '業': '业', '貿': '贸', '易': '易',
    '門': '门', '廣': '广', '東': '东', '蘇': '苏', '區': '区', '號': '号', '樓': '楼', '廠': '厂',
    '環': '环', '際': '际', '術': '术', '設': '设', '備': '备', '應': '应', '裝': '装', '製': '制',
    '車': '车', '貨': '货', '運': '运', '號': '号', '來': '来', '遠': '远', '銘': '铭', '鑫': '鑫',
    '灣': '湾', '陽': '阳', '龍': '龙', '鳳': '凤', '鎮': '镇', '廈': '厦', '寧': '宁', '閔': '闵',
    '嘉': '嘉', '盛': '盛', '聯': '联', '鴻': '鸿', '榮': '荣', '祥': '祥', '鼎': '鼎', '偉': '伟',
    '經': '经', '濟': '济', '開': '开', '華': '华', '財': '财', '務': '务', '會': '会', '計': '计',
})


def to_simp(s):
    return ''.join(T2S.get(c, c) for c in s)


S2T = {}
for _t, _s in T2S.items():
    if _s not in S2T:
        S2T[_s] = _t


def to_trad(s):
    return ''.join(S2T.get(c, c) for c in s)


ENG_M = [('David', None), ('Kevin', None), ('Jason', None), ('Eric', None), ('Vincent', 'Vince'),
         ('Anthony', 'Tony'), ('Jack', None), ('Peter', None), ('Michael', 'Mike'), ('Andrew', 'Andy'),
         ('Frank', None), ('Allen', None), ('Steven', 'Steve'), ('Jerry', None), ('Samuel', 'Sam'),
         ('James', 'Jim'), ('Alexander', 'Alex'), ('Kenneth', 'Ken'), ('Leo', None), ('Ray', None),
         ('Simon', None), ('Henry', None), ('Ivan', None), ('Terry', None), ('Richard', 'Rick'),
         ('William', 'Bill'), ('Thomas', 'Tom'), ('Daniel', 'Dan'), ('Benjamin', 'Ben'),
         ('Christopher', 'Chris'), ('Jeffrey', 'Jeff'), ('Gregory', 'Greg'), ('Timothy', 'Tim'),
         ('Edward', 'Eddie'), ('Nicholas', 'Nick'), ('Gary', None), ('Sean', None), ('Ricky', None)]
ENG_F = [('Amy', None), ('Grace', None), ('Vivian', None), ('Tina', None), ('Joyce', None),
         ('Irene', None), ('Annie', None), ('Judy', None), ('Emily', None), ('Winnie', None),
         ('Sandy', None), ('Wendy', None), ('Angela', None), ('Peggy', None), ('Iris', None),
         ('Linda', None), ('Ruby', None), ('Sharon', None), ('Claire', None), ('Elaine', None),
         ('Fiona', None), ('Ivy', None), ('Elizabeth', 'Liz'), ('Katherine', 'Kathy'),
         ('Jennifer', 'Jenny'), ('Margaret', 'Maggie'), ('Christine', 'Chris'), ('Patricia', 'Pat'),
         ('Rebecca', 'Becky'), ('Cynthia', 'Cindy'), ('Susan', 'Sue'), ('Jessica', 'Jess'),
         ('Stephanie', 'Steph'), ('Victoria', 'Vicky'), ('Deborah', 'Debbie'), ('Abigail', 'Abby'),
         ('Doris', None), ('Candy', None)]

# ---------------------------------------------------------------------------
# Taiwan places.  CITY code zh en phone-area local-len first-digits old-county-zh old-county-en
# district: zh pinyin alt-romanisations postcode old-town-name(before 2010/2014 merger)
# ---------------------------------------------------------------------------
TW_PLACES_TXT = """
CITY TPE 台北市 Taipei_City 2 8 2 - -
中正區 Zhongzheng Jhongjheng,Chungcheng 100 -
大同區 Datong Tatung 103 -
中山區 Zhongshan Jhongshan,Chungshan 104 -
松山區 Songshan Sungshan 105 -
大安區 Da'an Daan,Taan 106 -
萬華區 Wanhua Wanhua 108 -
信義區 Xinyi Sinyi,Hsinyi 110 -
士林區 Shilin Shihlin 111 -
北投區 Beitou Peitou 112 -
內湖區 Neihu Neihu 114 -
南港區 Nangang Nankang 115 -
文山區 Wenshan Wunshan 116 -
CITY NTP 新北市 New_Taipei_City 2 8 2,8,2 台北縣 Taipei_County
板橋區 Banqiao Banciao,Panchiao 220 板橋市
三重區 Sanchong Sanchung 241 三重市
中和區 Zhonghe Jhonghe,Chungho 235 中和市
永和區 Yonghe Yungho 234 永和市
新莊區 Xinzhuang Sinjhuang,Hsinchuang 242 新莊市
新店區 Xindian Sindian,Hsintien 231 新店市
土城區 Tucheng Tucheng 236 土城市
蘆洲區 Luzhou Lujhou,Luchou 247 蘆洲市
樹林區 Shulin Shulin 238 樹林市
汐止區 Xizhi Sijhih,Hsichih 221 汐止市
五股區 Wugu Wuku 248 五股鄉
泰山區 Taishan Taishan 243 泰山鄉
林口區 Linkou Linkou 244 林口鄉
鶯歌區 Yingge Yingko 239 鶯歌鎮
三峽區 Sanxia Sansia,Sanhsia 237 三峽鎮
CITY KEE 基隆市 Keelung_City 2 8 2 - -
仁愛區 Ren'ai Renai,Jenai 200 -
安樂區 Anle Anle 204 -
七堵區 Qidu Cidu,Chitu 206 -
CITY TAO 桃園市 Taoyuan_City 3 7 3,4 桃園縣 Taoyuan_County
桃園區 Taoyuan Taoyuan 330 桃園市
中壢區 Zhongli Jhongli,Chungli 320 中壢市
平鎮區 Pingzhen Pingjhen,Pingchen 324 平鎮市
八德區 Bade Bade,Pate 334 八德市
楊梅區 Yangmei Yangmei 326 楊梅市
蘆竹區 Luzhu Lujhu,Luchu 338 蘆竹鄉
大園區 Dayuan Dayuan,Tayuan 337 大園鄉
龜山區 Guishan Gueishan,Kueishan 333 龜山鄉
觀音區 Guanyin Guanyin,Kuanyin 328 觀音鄉
CITY HSZ 新竹市 Hsinchu_City 3 7 5 - -
東區 East East 300 -
北區 North North 300 -
香山區 Xiangshan Siangshan,Hsiangshan 300 -
CITY HSQ 新竹縣 Hsinchu_County 3 7 5 - -
竹北市 Zhubei Jhubei,Chupei 302 -
湖口鄉 Hukou Hukou 303 -
新豐鄉 Xinfeng Sinfong,Hsinfeng 304 -
竹東鎮 Zhudong Jhudong,Chutung 310 -
CITY MIA 苗栗縣 Miaoli_County 37 6 2,3,4,5,6 - -
苗栗市 Miaoli Miaoli 360 -
頭份市 Toufen Toufen 351 -
竹南鎮 Zhunan Jhunan,Chunan 350 -
CITY TXG 台中市 Taichung_City 4 8 2 台中縣 Taichung_County
西屯區 Xitun Situn,Hsitun 407 -
南屯區 Nantun Nantun 408 -
北屯區 Beitun Beitun,Peitun 406 -
西區 West West 403 -
北區 North North 404 -
南區 South South 402 -
東區 East East 401 -
大里區 Dali Dali,Tali 412 大里市
太平區 Taiping Taiping 411 太平市
烏日區 Wuri Wurih,Wujih 414 烏日鄉
大雅區 Daya Daya,Taya 428 大雅鄉
神岡區 Shengang Shengang,Shenkang 429 神岡鄉
潭子區 Tanzi Tanzih,Tantzu 427 潭子鄉
豐原區 Fengyuan Fongyuan,Fengyuan 420 豐原市
大甲區 Dajia Dajia,Tachia 437 大甲鎮
清水區 Qingshui Cingshuei,Chingshui 436 清水鎮
沙鹿區 Shalu Shalu 433 沙鹿鎮
霧峰區 Wufeng Wufong,Wufeng 413 霧峰鄉
CITY CHA 彰化縣 Changhua_County 4 7 7,8 - -
彰化市 Changhua Changhua 500 -
和美鎮 Hemei Hemei,Homei 508 -
鹿港鎮 Lukang Lugang,Lukang 505 -
員林市 Yuanlin Yuanlin 510 -
秀水鄉 Xiushui Sioushuei,Hsiushui 504 -
伸港鄉 Shengang Shengang,Shenkang 509 -
福興鄉 Fuxing Fusing,Fuhsing 506 -
CITY NAN 南投縣 Nantou_County 49 7 2 - -
南投市 Nantou Nantou 540 -
草屯鎮 Caotun Caotun,Tsaotun 542 -
CITY YUN 雲林縣 Yunlin_County 5 7 5,6 - -
斗六市 Douliu Douliou,Touliu 640 -
虎尾鎮 Huwei Huwei 632 -
CITY CYI 嘉義市 Chiayi_City 5 7 2 - -
東區 East East 600 -
西區 West West 600 -
CITY CYQ 嘉義縣 Chiayi_County 5 7 2,3 - -
民雄鄉 Minxiong Minsyong,Minhsiung 621 -
太保市 Taibao Taibao,Taipao 612 -
CITY TNN 台南市 Tainan_City 6 7 2,3,5 台南縣 Tainan_County
東區 East East 701 -
南區 South South 702 -
北區 North North 704 -
安平區 Anping Anping 708 -
安南區 Annan Annan 709 -
永康區 Yongkang Yongkang,Yungkang 710 永康市
仁德區 Rende Rende,Jente 717 仁德鄉
新營區 Xinying Sinying,Hsinying 730 新營市
善化區 Shanhua Shanhua 741 善化鎮
歸仁區 Guiren Gueiren,Kueijen 711 歸仁鄉
CITY KHH 高雄市 Kaohsiung_City 7 7 3,5,6,7,8 高雄縣 Kaohsiung_County
前鎮區 Qianzhen Cianjhen,Chienchen 806 -
苓雅區 Lingya Lingya 802 -
三民區 Sanmin Sanmin 807 -
左營區 Zuoying Zuoying,Tsoying 813 -
鼓山區 Gushan Gushan,Kushan 804 -
小港區 Xiaogang Siaogang,Hsiaokang 812 -
楠梓區 Nanzi Nanzih,Nantzu 811 -
鳳山區 Fengshan Fongshan,Fengshan 830 鳳山市
岡山區 Gangshan Gangshan,Kangshan 820 岡山鎮
仁武區 Renwu Renwu,Jenwu 814 仁武鄉
大寮區 Daliao Daliao,Taliao 831 大寮鄉
路竹區 Luzhu Lujhu,Luchu 821 路竹鄉
CITY PIF 屏東縣 Pingtung_County 8 7 7 - -
屏東市 Pingtung Pingtung 900 -
潮州鎮 Chaozhou Chaojhou,Chaochou 920 -
CITY ILA 宜蘭縣 Yilan_County 3 7 9 - -
宜蘭市 Yilan Yilan,Ilan 260 -
羅東鎮 Luodong Luodong,Lotung 265 -
CITY HUA 花蓮縣 Hualien_County 3 7 8 - -
花蓮市 Hualien Hualien 970 -
CITY TTT 台東縣 Taitung_County 89 6 3 - -
台東市 Taitung Taitung 950 -
"""

TW_CITIES = []
TW_CITY = {}
_cur = None
for _ln in TW_PLACES_TXT.strip().splitlines():
    _p = _ln.split()
    if _p[0] == 'CITY':
        _cur = {'code': _p[1], 'zh': _p[2], 'en': _p[3].replace('_', ' '), 'area': _p[4],
                'llen': int(_p[5]), 'first': _p[6].split(','),
                'old_zh': None if _p[7] == '-' else _p[7],
                'old_en': None if _p[8] == '-' else _p[8].replace('_', ' '), 'dists': []}
        TW_CITIES.append(_cur)
        TW_CITY[_cur['code']] = _cur
    else:
        _cur['dists'].append({'zh': _p[0], 'py': _p[1], 'alts': _p[2].split(','), 'post': _p[3],
                              'old': None if _p[4] == '-' else _p[4], 'city': _cur['code']})

# weight of each city among Taiwanese customers (north and Taichung heavy)
TW_CITY_W = [('TPE', 14), ('NTP', 20), ('KEE', 2), ('TAO', 12), ('HSZ', 3), ('HSQ', 4), ('MIA', 2),
             ('TXG', 18), ('CHA', 6), ('NAN', 2), ('YUN', 2), ('CYI', 1), ('CYQ', 1), ('TNN', 6),
             ('KHH', 9), ('PIF', 1), ('ILA', 1), ('HUA', 1), ('TTT', 1)]

# streets: zh pinyin alternates type(路/街/大道) max-section
TW_STREETS_TXT = """
中山 Zhongshan Jhongshan,Chungshan,Chung_Shan 路 4
中正 Zhongzheng Jhongjheng,Chungcheng,Chung_Cheng 路 3
民生 Minsheng Min_Sheng 路 2
民權 Minquan Minchuan,Min_Chuan 路 2
民族 Minzu Mintsu 路 2
復興 Fuxing Fusing,Fuhsing,Fu_Hsing 路 3
建國 Jianguo Chienkuo,Chien_Kuo 路 2
光復 Guangfu Kuangfu,Kuang_Fu 路 2
和平 Heping Hoping,Ho_Ping 路 2
自由 Ziyou Zihyou,Tzuyu 路 2
成功 Chenggong Chenggung,Chengkung 路 2
中華 Zhonghua Jhonghua,Chunghua,Chung_Hwa 路 2
忠孝 Zhongxiao Jhongsiao,Chunghsiao 路 3
仁愛 Ren'ai Renai,Jenai,Jen_Ai 路 3
信義 Xinyi Sinyi,Hsinyi 路 3
文化 Wenhua Wunhua,Wen_Hua 路 2
工業 Gongye Kungyeh,Kung_Yeh 路 0
三民 Sanmin San_Min 路 2
新生 Xinsheng Sinsheng,Hsinsheng 路 2
五權 Wuquan Wuchuan 路 3
青年 Qingnian Cingnian,Chingnien 路 2
中央 Zhongyang Jhongyang,Chungyang 路 2
大興 Daxing Dasing,Tahsing 街 0
永福 Yongfu Yungfu 街 0
幸福 Xingfu Singfu,Hsingfu 路 0
博愛 Bo'ai Boai,Poai 路 0
環河 Huanhe Huanho 路 0
公園 Gongyuan Kungyuan 路 0
福德 Fude Fute 街 0
民有 Minyou Minyu 街 0
光明 Guangming Kuangming 路 0
育英 Yuying Yuying 街 0
瑞光 Ruiguang Rueiguang,Juikuang 路 0
五工 Wugong Wukung 路 0
興業 Xingye Singye,Hsingyeh 路 0
永安 Yong'an Yongan,Yungan 街 0
自強 Ziqiang Zihciang,Tzuchiang 路 3
大同 Datong Tatung 路 2
長安 Chang'an Changan 街 0
富國 Fuguo Fukuo 路 0
"""
TW_STREETS = []
for _ln in TW_STREETS_TXT.strip().splitlines():
    _p = _ln.split()
    TW_STREETS.append({'zh': _p[0], 'py': _p[1], 'alts': [a.replace('_', ' ') for a in _p[2].split(',')],
                       'type': _p[3], 'maxsec': int(_p[4])})

# ---------------------------------------------------------------------------
# mainland China: province(s,t,en) city(s,t,en,areacode,locallen) districts(s,t,en,post) streets(s,t,en)
# ---------------------------------------------------------------------------
CN_CITIES = [
    {'code': 'SZX', 'prov': ('广东省', '廣東省', 'Guangdong'), 'name': ('深圳市', '深圳市', 'Shenzhen'),
     'area': '755', 'llen': 8,
     'dists': [('宝安区', '寶安區', "Bao'an District", '518101'), ('龙岗区', '龍崗區', 'Longgang District', '518116'),
               ('龙华区', '龍華區', 'Longhua District', '518109')],
     'streets': [('宝源路', '寶源路', 'Baoyuan Road'), ('福永大道', '福永大道', 'Fuyong Avenue'),
                 ('龙岗大道', '龍崗大道', 'Longgang Avenue'), ('民治大道', '民治大道', 'Minzhi Avenue')]},
    {'code': 'DGG', 'prov': ('广东省', '廣東省', 'Guangdong'), 'name': ('东莞市', '東莞市', 'Dongguan'),
     'area': '769', 'llen': 8,
     'dists': [('长安镇', '長安鎮', "Chang'an Town", '523850'), ('虎门镇', '虎門鎮', 'Humen Town', '523900'),
               ('清溪镇', '清溪鎮', 'Qingxi Town', '523650')],
     'streets': [('振安路', '振安路', "Zhen'an Road"), ('银山路', '銀山路', 'Yinshan Road'),
                 ('莲湖路', '蓮湖路', 'Lianhu Road')]},
    {'code': 'SUZ', 'prov': ('江苏省', '江蘇省', 'Jiangsu'), 'name': ('苏州市', '蘇州市', 'Suzhou'),
     'area': '512', 'llen': 8,
     'dists': [('吴中区', '吳中區', 'Wuzhong District', '215104'), ('相城区', '相城區', 'Xiangcheng District', '215131')],
     'streets': [('星湖街', '星湖街', 'Xinghu Street'), ('澄阳路', '澄陽路', 'Chengyang Road')]},
    {'code': 'KSH', 'prov': ('江苏省', '江蘇省', 'Jiangsu'), 'name': ('昆山市', '崑山市', 'Kunshan'),
     'area': '512', 'llen': 8,
     'dists': [('玉山镇', '玉山鎮', 'Yushan Town', '215300'), ('周市镇', '周市鎮', 'Zhoushi Town', '215314')],
     'streets': [('前进东路', '前進東路', 'Qianjin East Road'), ('黄浦江路', '黃浦江路', 'Huangpujiang Road')]},
    {'code': 'SHA', 'prov': None, 'name': ('上海市', '上海市', 'Shanghai'), 'area': '21', 'llen': 8,
     'dists': [('闵行区', '閔行區', 'Minhang District', '201100'), ('嘉定区', '嘉定區', 'Jiading District', '201800')],
     'streets': [('春东路', '春東路', 'Chundong Road'), ('叶城路', '葉城路', 'Yecheng Road')]},
    {'code': 'XMN', 'prov': ('福建省', '福建省', 'Fujian'), 'name': ('厦门市', '廈門市', 'Xiamen'),
     'area': '592', 'llen': 7,
     'dists': [('集美区', '集美區', 'Jimei District', '361021'), ('海沧区', '海滄區', 'Haicang District', '361026')],
     'streets': [('杏林湾路', '杏林灣路', 'Xinglinwan Road'), ('新阳路', '新陽路', 'Xinyang Road')]},
    {'code': 'NGB', 'prov': ('浙江省', '浙江省', 'Zhejiang'), 'name': ('宁波市', '寧波市', 'Ningbo'),
     'area': '574', 'llen': 8,
     'dists': [('北仑区', '北侖區', 'Beilun District', '315800'), ('鄞州区', '鄞州區', 'Yinzhou District', '315100')],
     'streets': [('明州路', '明州路', 'Mingzhou Road'), ('长江路', '長江路', 'Changjiang Road')]},
]
CN_CITY_W = [(c, w) for c, w in zip(CN_CITIES, [6, 6, 3, 4, 3, 2, 2])]

# Hong Kong: district(zh, en, area-zh, area-en), streets(zh, en)
HK_DISTS = [
    ('觀塘', 'Kwun Tong', '九龍', 'Kowloon', [('鴻圖道', 'Hung To Road'), ('開源道', 'Hoi Yuen Road'),
                                          ('巧明街', 'How Ming Street'), ('大業街', 'Tai Yip Street')]),
    ('九龍灣', 'Kowloon Bay', '九龍', 'Kowloon', [('宏光道', 'Wang Kwong Road'), ('常悅道', 'Sheung Yuet Road')]),
    ('新蒲崗', 'San Po Kong', '九龍', 'Kowloon', [('大有街', 'Tai Yau Street'), ('六合街', 'Luk Hop Street')]),
    ('長沙灣', 'Cheung Sha Wan', '九龍', 'Kowloon', [('長順街', 'Cheung Shun Street'), ('青山道', 'Castle Peak Road')]),
    ('荃灣', 'Tsuen Wan', '新界', 'New Territories', [('柴灣角街', 'Chai Wan Kok Street'), ('沙咀道', 'Sha Tsui Road')]),
    ('葵涌', 'Kwai Chung', '新界', 'New Territories', [('葵昌路', 'Kwai Cheong Road'), ('華星街', 'Wah Sing Street')]),
    ('柴灣', 'Chai Wan', '香港', 'Hong Kong', [('利眾街', 'Lee Chung Street'), ('新業街', 'Sun Yip Street')]),
]
HK_BLDG = [('永發', 'Wing Fat'), ('建德', 'Kin Tak'), ('新興', 'Sun Hing'), ('太平', 'Tai Ping'),
           ('富利', 'Fu Lee'), ('金基', 'Kam Kei'), ('華達', 'Wah Tat'), ('恒豐', 'Hang Fung'),
           ('順昌', 'Shun Cheong'), ('利達', 'Lee Tat'), ('寶業', 'Po Yip'), ('合興', 'Hop Hing')]

# Malaysia: town, postcode, state, zh town, phone area, local len, streets
MY_TOWNS = [
    ('Prai', '13600', 'Pulau Pinang', '北賴', '4', 7, ['Jalan Perusahaan 2', 'Jalan Perusahaan 3', 'Lorong Perusahaan 4']),
    ('Bayan Lepas', '11900', 'Pulau Pinang', '峇六拜', '4', 7, ['Jalan Sultan Azlan Shah', 'Lintang Bayan Lepas 6']),
    ('Butterworth', '12300', 'Pulau Pinang', '北海', '4', 7, ['Jalan Raja Uda', 'Jalan Bagan Luar']),
    ('Johor Bahru', '81100', 'Johor', '新山', '7', 7, ['Jalan Tampoi', 'Jalan Perindustrian 5']),
    ('Senai', '81400', 'Johor', '士乃', '7', 7, ['Jalan Kempas 3', 'Jalan Seelong']),
    ('Klang', '41200', 'Selangor', '巴生', '3', 8, ['Jalan Kapar', 'Jalan Sungai Puloh']),
    ('Shah Alam', '40150', 'Selangor', '莎阿南', '3', 8, ['Jalan Kemajuan 13/18', 'Jalan Pelabur 23/1']),
    ('Puchong', '47100', 'Selangor', '蒲種', '3', 8, ['Jalan Industri PBP 3', 'Jalan Kenari 5']),
    ('Kuala Lumpur', '55100', 'Wilayah Persekutuan', '吉隆坡', '3', 8, ['Jalan Pudu', 'Jalan Loke Yew']),
    ('Ipoh', '31400', 'Perak', '怡保', '5', 7, ['Jalan Kuala Kangsar', 'Jalan Lahat']),
]

# ---------------------------------------------------------------------------
# firms: name cores, trades, legal forms
# ---------------------------------------------------------------------------
CORE1 = [('永', 'yung', 'yong'), ('宏', 'hung', 'hong'), ('建', 'chien', 'jian'), ('大', 'ta', 'da'),
         ('全', 'chuan', 'quan'), ('鼎', 'ting', 'ding'), ('協', 'hsieh', 'xie'), ('金', 'chin', 'jin'),
         ('寶', 'pao', 'bao'), ('國', 'kuo', 'guo'), ('祥', 'hsiang', 'xiang'), ('億', 'yi', 'yi'),
         ('昇', 'sheng', 'sheng'), ('泰', 'tai', 'tai'), ('嘉', 'chia', 'jia'), ('勝', 'sheng', 'sheng'),
         ('三', 'san', 'san'), ('萬', 'wan', 'wan'), ('信', 'hsin', 'xin'), ('巨', 'chu', 'ju'),
         ('友', 'yu', 'you'), ('東', 'tung', 'dong'), ('南', 'nan', 'nan'), ('元', 'yuan', 'yuan'),
         ('正', 'cheng', 'zheng'), ('明', 'ming', 'ming'), ('百', 'pai', 'bai'), ('富', 'fu', 'fu'),
         ('順', 'shun', 'shun'), ('立', 'li', 'li'), ('高', 'kao', 'gao'), ('上', 'shang', 'shang'),
         ('和', 'ho', 'he'), ('新', 'hsin', 'xin'), ('光', 'kuang', 'guang'), ('德', 'te', 'de'),
         ('益', 'yi', 'yi'), ('鑫', 'hsin', 'xin'), ('晟', 'cheng', 'sheng'), ('銓', 'chuan', 'quan'),
         ('隆', 'lung', 'long'), ('興', 'hsing', 'xing'), ('聖', 'sheng', 'sheng'), ('冠', 'kuan', 'guan')]
CORE2 = [('豐', 'feng', 'feng'), ('達', 'ta', 'da'), ('興', 'hsing', 'xing'), ('隆', 'lung', 'long'),
         ('成', 'cheng', 'cheng'), ('昌', 'chang', 'chang'), ('泰', 'tai', 'tai'), ('益', 'yi', 'yi'),
         ('源', 'yuan', 'yuan'), ('利', 'li', 'li'), ('發', 'fa', 'fa'), ('勝', 'sheng', 'sheng'),
         ('盛', 'sheng', 'sheng'), ('祥', 'hsiang', 'xiang'), ('鑫', 'hsin', 'xin'), ('晟', 'cheng', 'sheng'),
         ('銓', 'chuan', 'quan'), ('錩', 'chang', 'chang'), ('宇', 'yu', 'yu'), ('展', 'chan', 'zhan'),
         ('和', 'ho', 'he'), ('合', 'ho', 'he'), ('茂', 'mao', 'mao'), ('旺', 'wang', 'wang'),
         ('升', 'sheng', 'sheng'), ('德', 'te', 'de'), ('安', 'an', 'an'), ('福', 'fu', 'fu'),
         ('輝', 'hui', 'hui'), ('峰', 'feng', 'feng'), ('揚', 'yang', 'yang'), ('群', 'chun', 'qun'),
         ('進', 'chin', 'jin'), ('鋒', 'feng', 'feng'), ('億', 'yi', 'yi'), ('元', 'yuan', 'yuan'),
         ('裕', 'yu', 'yu'), ('美', 'mei', 'mei'), ('記', 'chi', 'ji'), ('光', 'kuang', 'guang')]
FAMOUS = ['大同', '東元', '台塑', '統一', '裕隆', '中鋼', '正新', '上銀', '聯發', '宏達', '長榮', '國泰',
          '富邦', '元大', '永豐', '華碩', '廣達', '仁寶', '光寶', '台達', '和泰', '三陽', '光陽', '大成',
          '信義', '友達', '南亞', '遠東', '新光', '東和', '興農', '德昌', '寶成', '巨大', '建興', '和成']

# industry words: zh, simplified, english, english abbreviation
TRADES = [('精密', '精密', 'Precision', 'Prec.'), ('機械', '机械', 'Machinery', 'Mach.'),
          ('五金', '五金', 'Hardware', 'Hdwe.'), ('氣動', '气动', 'Pneumatic', 'Pneu.'),
          ('軸承', '轴承', 'Bearing', 'Brg.'), ('油壓', '油压', 'Hydraulic', 'Hyd.'),
          ('自動化', '自动化', 'Automation', 'Auto.'), ('機電', '机电', 'Mechatronics', 'Mechtr.'),
          ('工具', '工具', 'Tools', 'Tls.'), ('傳動', '传动', 'Transmission', 'Trans.'),
          ('鋼鐵', '钢铁', 'Steel', 'Stl.'), ('塑膠', '塑胶', 'Plastics', 'Plast.'),
          ('電機', '电机', 'Electric Machinery', 'Elec. Mach.'), ('模具', '模具', 'Mould', 'Mld.'),
          ('科技', '科技', 'Technology', 'Tech.'), ('工程', '工程', 'Engineering', 'Eng.'),
          ('螺絲', '螺丝', 'Screw', 'Scr.'), ('齒輪', '齿轮', 'Gear', 'Gr.'),
          ('鑄造', '铸造', 'Casting', 'Cast.'), ('電子', '电子', 'Electronics', 'Elec.'),
          ('食品', '食品', 'Foods', 'Fd.'), ('紡織', '纺织', 'Textile', 'Text.'),
          ('包裝', '包装', 'Packaging', 'Pkg.'), ('印刷', '印刷', 'Printing', 'Ptg.')]
TRADE_W = [4, 5, 4, 4, 3, 3, 3, 2, 2, 2, 1, 2, 1, 2, 3, 2, 2, 1, 1, 2, 2, 1, 2, 1]
# trades a *different* business with a similar name may be in
OTHER_TRADES = [('食品', 'Foods'), ('建設', 'Construction'), ('旅行社', 'Travel Service'),
                ('汽車修理廠', 'Auto Repair'), ('水電行', 'Plumbing & Electric'), ('茶行', 'Tea'),
                ('藥局', 'Pharmacy'), ('不動產', 'Realty'), ('印刷', 'Printing'), ('書局', 'Books'),
                ('餐飲', 'Catering'), ('花店', 'Florist'), ('紡織', 'Textile'), ('電器行', 'Electric Appliance')]
PREFIXES = [('台灣', 'Taiwan', 'Taiwan'), ('中華', 'Chung Hwa', 'Zhonghua'), ('亞洲', 'Asia', 'Asia'),
            ('環球', 'Global', 'Global'), ('北台', 'Pei Tai', 'Beitai'), ('中台', 'Chung Tai', 'Zhongtai')]

# legal forms: key, zh, english variants
FORMS = {
    'gufen': ('股份有限公司', ['Co., Ltd.', 'Corp.', 'Corporation', 'Co., Ltd']),
    'youxian': ('有限公司', ['Co., Ltd.', 'Ltd.', 'Company Limited']),
    'qiyeshe': ('企業社', ['Enterprise', 'Enterprise Co.']),
    'hang': ('行', ['Store', 'Co.', 'Trading']),
    'shanghang': ('商行', ['Trading Co.', 'Trading']),
}
TRADE_NAME_A = ['Ever', 'Sun', 'Top', 'Gold', 'Great', 'Uni', 'Pro', 'Ace', 'Max', 'Fine', 'Star', 'Jet',
                'True', 'Well', 'King', 'Omni', 'Hi', 'Mega', 'Nova', 'Alpha', 'Delta', 'Sino', 'Formo',
                'Orient', 'Rich', 'Bright', 'Power', 'Smart', 'Prime', 'Swift']
TRADE_NAME_B = ['win', 'tech', 'star', 'rise', 'wide', 'tek', 'max', 'flex', 'tron', 'motion', 'mech',
                'way', 'field', 'land', 'link', 'gear', 'air', 'sonic', 'dyne', 'matic', 'tool', 'line',
                'port', 'force', 'craft']
EN_ABBR = [('Precision', 'Prec.'), ('Industrial', 'Ind.'), ('Industries', 'Inds.'), ('Machinery', 'Mach.'),
           ('Company', 'Co.'), ('Limited', 'Ltd.'), ('Corporation', 'Corp.'), ('Enterprise', 'Ent.'),
           ('Engineering', 'Eng.'), ('Technology', 'Tech.'), ('Hardware', 'Hdwe.'),
           ('International', "Int'l"), ('Trading', 'Trdg.'), ('Automation', 'Auto.'),
           ('Manufacturing', 'Mfg.'), ('Pneumatic', 'Pneu.'), ('Hydraulic', 'Hyd.'), ('Bearing', 'Brg.'),
           ('Electronics', 'Elec.'), ('Transmission', 'Trans.'), ('Hospital', 'Hosp.'),
           ('Elementary', 'Elem.'), ('Vocational', 'Voc.'), ('School', 'Sch.'), ('Township', 'Twp.'),
           ('District', 'Dist.'), ('Office', 'Off.'), ('Section', 'Sec.'), ('Temple', 'Tmpl.')]

# public bodies
TOWNSHIP_BODIES = [
    ('TAO', '大園區', '區公所'), ('TXG', '大雅區', '區公所'), ('CHA', '秀水鄉', '鄉公所'), ('MIA', '竹南鎮', '鎮公所'),
    ('HSQ', '湖口鄉', '鄉公所'), ('NAN', '草屯鎮', '鎮公所'), ('YUN', '虎尾鎮', '鎮公所'), ('CYQ', '民雄鄉', '鄉公所'),
    ('PIF', '潮州鎮', '鎮公所'), ('ILA', '羅東鎮', '鎮公所'), ('TNN', '仁德區', '區公所'), ('KHH', '路竹區', '區公所'),
    ('NTP', '五股區', '區公所'), ('TXG', '神岡區', '區公所'), ('CHA', '伸港鄉', '鄉公所'), ('TAO', '觀音區', '區公所'),
    ('KHH', '大寮區', '區公所'), ('TXG', '烏日區', '區公所')]
SECTIONS = [('建設課', 'Construction Section'), ('農業課', 'Agriculture Section'), ('民政課', 'Civil Affairs Section'),
            ('行政課', 'Administration Section'), ('社會課', 'Social Affairs Section'), ('清潔隊', 'Sanitation Team'),
            ('經建課', 'Economic Development Section')]
SCHOOL_UNITS = [('總務處', 'General Affairs Office'), ('實習處', 'Practicum Office'), ('學務處', 'Student Affairs Office')]
HOSP_UNITS = [('工務室', 'Engineering Office'), ('總務室', 'General Affairs Office'), ('供應中心', 'Supply Center')]
SCHOOL_NAMES = ['光復', '中正', '明德', '育英', '復興', '文化', '仁愛', '信義', '民生', '成功', '建國', '青山',
                '東興', '西湖', '南山', '北興', '大德', '永平', '三和', '新興']
HOSP_NAMES = [('仁愛', 'Jen Ai'), ('宏恩', 'Hung En'), ('安康', 'An Kang'), ('慈惠', 'Tzu Hui'),
              ('博愛', 'Po Ai'), ('同仁', 'Tung Jen'), ('祐生', 'Yu Sheng'), ('永和', 'Yung Ho'),
              ('健康', 'Chien Kang'), ('聖心', 'Sheng Hsin'), ('順安', 'Shun An'), ('福安', 'Fu An')]
CLINIC_TYPES = [('診所', 'Clinic'), ('牙醫診所', 'Dental Clinic'), ('骨科診所', 'Orthopedic Clinic'),
                ('耳鼻喉科診所', 'ENT Clinic'), ('中醫診所', 'TCM Clinic')]
TEMPLE_NAMES = [('福德宮', 'Fude Temple', 'Fu Te Kung'), ('天后宮', 'Tianhou Temple', 'Tien Hou Kung'),
                ('慈惠宮', 'Cihuei Temple', 'Tzu Hui Kung'), ('南天宮', 'Nantian Temple', 'Nan Tien Kung'),
                ('鎮安宮', 'Zhen-an Temple', 'Chen An Kung'), ('玄天宮', 'Xuantian Temple', 'Hsuan Tien Kung'),
                ('聖德宮', 'Shengde Temple', 'Sheng Te Kung'), ('保安宮', "Bao'an Temple", 'Pao An Kung'),
                ('福德廟', 'Fude Temple', 'Fu Te Miao'), ('關帝廟', 'Guandi Temple', 'Kuan Ti Miao'),
                ('城隍廟', 'City God Temple', 'Cheng Huang Miao'), ('三山國王廟', 'Sanshan Guowang Temple', 'San Shan Kuo Wang Miao')]

# e-mail providers
TW_MAIL = [('gmail.com', 8), ('yahoo.com.tw', 5), ('hotmail.com', 3), ('msa.hinet.net', 4), ('ms1.hinet.net', 1),
           ('ms7.hinet.net', 1), ('ms15.hinet.net', 1), ('ms26.hinet.net', 1), ('outlook.com', 1), ('seed.net.tw', 1)]
CN_MAIL = [('qq.com', 8), ('163.com', 4), ('126.com', 2), ('sina.com', 1), ('139.com', 1)]
HK_MAIL = [('gmail.com', 5), ('yahoo.com.hk', 3), ('netvigator.com', 3), ('hotmail.com', 2)]
MY_MAIL = [('gmail.com', 6), ('yahoo.com', 3), ('hotmail.com', 2), ('streamyx.com', 1)]

# ---------------------------------------------------------------------------
# registries (dicts used as ordered sets; never iterated)
# ---------------------------------------------------------------------------
USED_IDS = {}
USED_NSN = {}
USED_EMAIL = {}
USED_ADDR = {}
USED_DOMAIN = {}


def new_id():
    while True:
        x = 'c%07x' % RNG.getrandbits(28)
        if x not in USED_IDS:
            USED_IDS[x] = 1
            return x


# ---------------------------------------------------------------------------
# phones.  phone = {'cc', 'nsn', 'kind', 'area', 'ext'}
# nsn = national significant number (no trunk 0, no country code)
# ---------------------------------------------------------------------------
def _digits(n):
    return ''.join(str(RNG.randrange(10)) for _ in range(n))


def _reg_phone(ph):
    if ph['nsn'] in USED_NSN:
        return None
    USED_NSN[ph['nsn']] = 1
    return ph


def new_phone(region, kind, city=None):
    """kind: land | mob.  city: TW city code / CN city dict / MY town tuple"""
    for _ in range(1000):
        if region == 'TW':
            if kind == 'mob':
                ph = {'cc': '886', 'kind': 'tw-mob', 'area': '9',
                      'nsn': '9' + '%02d' % RNG.randrange(10, 90) + _digits(6)}
            else:
                c = TW_CITY[city]
                loc = ch(c['first']) + _digits(c['llen'] - 1)
                ph = {'cc': '886', 'kind': 'tw-land', 'area': c['area'], 'nsn': c['area'] + loc}
        elif region == 'CN':
            if kind == 'mob':
                ph = {'cc': '86', 'kind': 'cn-mob', 'area': '',
                      'nsn': '1' + ch('3589') + str(RNG.randrange(10)) + _digits(8)}
            else:
                ph = {'cc': '86', 'kind': 'cn-land', 'area': city['area'],
                      'nsn': city['area'] + ch('2368') + _digits(city['llen'] - 1)}
        elif region == 'HK':
            first = ch('569') if kind == 'mob' else ch('23')
            ph = {'cc': '852', 'kind': 'hk', 'area': '', 'nsn': first + _digits(7)}
        else:  # MY
            if kind == 'mob':
                ph = {'cc': '60', 'kind': 'my-mob', 'area': '1' + ch('26789'),
                      'nsn': None}
                ph['nsn'] = ph['area'] + ch('23456789') + _digits(6)
            else:
                ph = {'cc': '60', 'kind': 'my-land', 'area': city[4],
                      'nsn': city[4] + ch('3456789') + _digits(city[5] - 1)}
        ph['ext'] = None
        if _reg_phone(ph):
            return ph
    raise RuntimeError('phone space exhausted')


def phone_next(ph):
    """a neighbouring number (fax / other line) in the same block"""
    for d in (1, 2, 3, 8, 9, 5):
        last = int(ph['nsn'][-2:])
        cand = dict(ph)
        cand['nsn'] = ph['nsn'][:-2] + '%02d' % ((last + d) % 100)
        cand['ext'] = None
        if _reg_phone(cand):
            return cand
    return None


TW_PFMT_LAND = ['dash', 'paren', 'paren_sp', 'plain', 'dash1', 'intl', 'intl_sp', 'intl_zero', 'e164', '886']
TW_PFMT_MOB = ['dash', 'plain', 'sp', 'dash2', 'intl_sp', 'intl', 'e164', '886', 'intl_zero']
EXT_FMT = ['#{}', ' #{}', ' ext. {}', ' ext.{}', '分機{}', ' 分機 {}', '轉{}', ' x{}', ' EXT {}']


def render_phone(ph, fmt, ext_fmt=None):
    n = ph['nsn']
    k = ph['kind']
    a = ph['area']
    if k == 'tw-land':
        loc = n[len(a):]
        sp = len(loc) - 4
        p1, p2 = loc[:sp], loc[sp:]
        s = {'dash': '0%s-%s-%s' % (a, p1, p2), 'paren': '(0%s)%s-%s' % (a, p1, p2),
             'paren_sp': '(0%s) %s %s' % (a, p1, p2), 'plain': '0%s%s' % (a, loc),
             'dash1': '0%s-%s' % (a, loc), 'intl': '+886-%s-%s-%s' % (a, p1, p2),
             'intl_sp': '+886 %s %s %s' % (a, p1, p2), 'intl_zero': '+886-(0)%s-%s-%s' % (a, p1, p2),
             'e164': '+886%s' % n, '886': '886-%s-%s' % (a, loc)}.get(fmt)
        if s is None:
            s = '0%s-%s-%s' % (a, p1, p2)
    elif k == 'tw-mob':
        m = n  # 9 digits, 912345678
        s = {'dash': '0%s-%s-%s' % (m[:3], m[3:6], m[6:]), 'plain': '0' + m,
             'sp': '0%s %s %s' % (m[:3], m[3:6], m[6:]), 'dash2': '0%s-%s' % (m[:3], m[3:]),
             'intl_sp': '+886 %s %s %s' % (m[:3], m[3:6], m[6:]), 'intl': '+886-%s-%s-%s' % (m[:3], m[3:6], m[6:]),
             'e164': '+886' + m, '886': '886-' + m, 'intl_zero': '+886-(0)%s-%s-%s' % (m[:3], m[3:6], m[6:])}.get(fmt)
        if s is None:
            s = '0%s-%s-%s' % (m[:3], m[3:6], m[6:])
    elif k == 'cn-land':
        loc = n[len(a):]
        p1, p2 = loc[:len(loc) - 4], loc[len(loc) - 4:]
        s = {'dash': '0%s-%s' % (a, loc), 'sp': '0%s %s %s' % (a, p1, p2), 'intl_sp': '+86 %s %s %s' % (a, p1, p2),
             'intl': '+86-%s-%s' % (a, loc), 'paren': '(0%s)%s' % (a, loc), '86': '86-%s-%s' % (a, loc),
             'dash2': '0%s-%s %s' % (a, p1, p2)}.get(fmt) or '0%s-%s' % (a, loc)
    elif k == 'cn-mob':
        s = {'plain': n, 'sp': '%s %s %s' % (n[:3], n[3:7], n[7:]), 'dash': '%s-%s-%s' % (n[:3], n[3:7], n[7:]),
             'intl_sp': '+86 %s %s %s' % (n[:3], n[3:7], n[7:]), 'intl': '+86-' + n, 'e164': '+86' + n}.get(fmt) or n
    elif k == 'hk':
        s = {'sp': '%s %s' % (n[:4], n[4:]), 'plain': n, 'intl_sp': '+852 %s %s' % (n[:4], n[4:]),
             'intl': '+852-' + n, 'paren': '(852) %s %s' % (n[:4], n[4:]), 'dash': '%s-%s' % (n[:4], n[4:]),
             'e164': '+852' + n}.get(fmt) or '%s %s' % (n[:4], n[4:])
    elif k == 'my-land':
        loc = n[len(a):]
        p1, p2 = loc[:len(loc) - 4], loc[len(loc) - 4:]
        s = {'dash': '0%s-%s %s' % (a, p1, p2), 'plain': '0%s%s' % (a, loc), 'intl_sp': '+60 %s-%s %s' % (a, p1, p2),
             'intl': '+60%s-%s' % (a, loc), 'e164': '+60' + n}.get(fmt) or '0%s-%s %s' % (a, p1, p2)
    else:  # my-mob
        loc = n[len(a):]
        s = {'dash': '0%s-%s %s' % (a, loc[:3], loc[3:]), 'plain': '0' + n,
             'intl_sp': '+60 %s-%s %s' % (a, loc[:3], loc[3:]), 'intl': '+60%s-%s' % (a, loc),
             'e164': '+60' + n}.get(fmt) or '0%s-%s %s' % (a, loc[:3], loc[3:])
    if ph.get('ext') and ext_fmt:
        s += ext_fmt.format(ph['ext'])
    return s


def phone_formats(ph):
    k = ph['kind']
    if k == 'tw-land':
        return TW_PFMT_LAND
    if k == 'tw-mob':
        return TW_PFMT_MOB
    if k == 'cn-land':
        return ['dash', 'sp', 'intl_sp', 'intl', 'paren', '86', 'dash2']
    if k == 'cn-mob':
        return ['plain', 'sp', 'dash', 'intl_sp', 'intl', 'e164']
    if k == 'hk':
        return ['sp', 'plain', 'intl_sp', 'intl', 'paren', 'dash', 'e164']
    return ['dash', 'plain', 'intl_sp', 'intl', 'e164']


def local_fmt(ph):
    k = ph['kind']
    if k in ('tw-land', 'tw-mob', 'my-land', 'my-mob'):
        return 'dash'
    if k == 'cn-land':
        return 'dash'
    if k == 'cn-mob':
        return 'plain'
    return 'sp'


# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------
def new_tw_address(city_code=None, use='home', dist=None):
    for _ in range(1000):
        code = city_code or wch(TW_CITY_W)
        c = TW_CITY[code]
        d = dist or ch(c['dists'])
        st = ch(TW_STREETS)
        a = {'region': 'TW', 'city': code, 'dist': d, 'street': st,
             'sec': RNG.randint(1, st['maxsec']) if st['maxsec'] and chance(0.55) else 0,
             'lane': 0, 'alley': 0, 'no': RNG.randint(1, 420), 'nsub': 0, 'floor': 0, 'fsub': 0,
             'post2': '%02d' % RNG.randrange(1, 99), 'post3': '%03d' % RNG.randrange(1, 999)}
        if use == 'home':
            if chance(0.35):
                a['lane'] = RNG.randint(1, 320)
                if chance(0.3):
                    a['alley'] = RNG.randint(1, 25)
            if chance(0.65):
                a['floor'] = RNG.randint(2, 16)
                if chance(0.2):
                    a['fsub'] = RNG.randint(1, 6)
        elif use == 'office':
            if chance(0.15):
                a['lane'] = RNG.randint(1, 200)
            if chance(0.55):
                a['floor'] = RNG.randint(1, 14)
                if chance(0.15):
                    a['fsub'] = RNG.randint(1, 5)
        else:  # factory / shop
            if chance(0.3):
                a['lane'] = RNG.randint(1, 500)
            if chance(0.15):
                a['nsub'] = RNG.randint(1, 9)
        key = ('TW', code, d['zh'], st['zh'], a['sec'], a['no'])
        if key in USED_ADDR:
            continue
        USED_ADDR[key] = 1
        return a
    raise RuntimeError('address space')


def new_cn_address(city=None):
    for _ in range(1000):
        c = city or wch(CN_CITY_W)
        d = ch(c['dists'])
        st = ch(c['streets'])
        a = {'region': 'CN', 'city': c['code'], 'cn': c, 'dist': d, 'street': st,
             'no': RNG.randint(1, 388), 'bldg': ch(['A', 'B', 'C', 'D', '1', '2', '3', '5', '6']) if chance(0.6) else '',
             'floor': RNG.randint(1, 8) if chance(0.6) else 0}
        key = ('CN', c['code'], st[0], a['no'])
        if key in USED_ADDR:
            continue
        USED_ADDR[key] = 1
        return a
    raise RuntimeError('address space')


def new_hk_address(dist=None):
    for _ in range(1000):
        d = dist or ch(HK_DISTS)
        st = ch(d[4])
        a = {'region': 'HK', 'city': 'HK', 'dist': d, 'street': st, 'no': RNG.randint(1, 480),
             'bldg': ch(HK_BLDG), 'floor': RNG.randint(2, 28), 'unit': ch(['A', 'B', 'C', 'D', 'E', 'F']) if chance(0.5) else str(RNG.randint(1, 18)).zfill(2)}
        key = ('HK', d[1], st[1], a['no'])
        if key in USED_ADDR:
            continue
        USED_ADDR[key] = 1
        return a
    raise RuntimeError('address space')


def new_my_address(town=None):
    for _ in range(1000):
        t = town or ch(MY_TOWNS)
        st = ch(t[6])
        a = {'region': 'MY', 'city': t[0], 'town': t, 'street': st, 'no': RNG.randint(1, 120),
             'estate': ch(['Taman Perindustrian %s' % ch(['Bukit Minyak', 'Ringan', 'Jaya', 'Cemerlang', 'Emas']),
                           'Kawasan Perindustrian %s' % t[0], None, None])}
        key = ('MY', t[0], st, a['no'])
        if key in USED_ADDR:
            continue
        USED_ADDR[key] = 1
        return a
    raise RuntimeError('address space')


def new_address(region, city=None, use='home'):
    if region == 'TW':
        return new_tw_address(city, use)
    if region == 'CN':
        return new_cn_address(city)
    if region == 'HK':
        return new_hk_address(city)
    return new_my_address(city)


def addr_phone_city(a):
    """argument for new_phone matching an address"""
    if a['region'] == 'TW':
        return a['city']
    if a['region'] == 'CN':
        return a['cn']
    if a['region'] == 'MY':
        return a['town']
    return None


# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------
def pick_surname():
    return wch([(s, s['w']) for s in SURNAMES])


def pick_given(gender, region, popular_p=0.35):
    if region == 'CN' and chance(0.3):
        pool = COMMON_M if gender == 'm' else COMMON_F
        return [ch(pool)]
    if region == 'TW' and chance(popular_p):
        name = ch(POPULAR_M if gender == 'm' else POPULAR_F)
        return [GC_BY_T[c] for c in name]
    if region in ('MY', 'HK') and gender == 'm' and chance(0.12):
        return [GC_BY_T['阿'], ch(COMMON_M)] if chance(0.5) else [GC_BY_T['阿'], GC_BY_T['九']]
    pool = COMMON_M if gender == 'm' else COMMON_F
    rare = RARE_M if gender == 'm' else RARE_F
    g1 = ch(pool)
    g2 = ch(rare) if (region == 'TW' and chance(0.06)) else ch(pool)
    while g2['t'] == g1['t']:
        g2 = ch(pool)
    return [g1, g2]


def rom_sur(sur, system):
    r = sur[system]
    return '-'.join(cap(x) for x in r.split('-'))


def rom_given(given, system, style='hyphen'):
    syl = [g[system] for g in given]
    if len(syl) == 1:
        return cap(syl[0])
    if system == 'py':
        out = syl[0]
        for s in syl[1:]:
            out += ("'" if s[0] in 'aeo' else '') + s
        return cap(out)
    if system in ('hok', 'can'):
        if style == 'hyphen':
            return cap(syl[0]) + '-' + syl[1]
        return ' '.join(cap(s) for s in syl)
    if style == 'hyphen':
        return cap(syl[0]) + '-' + cap(syl[1])
    if style == 'hyphen_lower':
        return cap(syl[0]) + '-' + syl[1]
    if style == 'space':
        return cap(syl[0]) + ' ' + cap(syl[1])
    return cap(syl[0] + syl[1])


def default_system(region):
    return {'TW': 'wg', 'CN': 'py', 'HK': 'can', 'MY': 'hok'}[region]


def person_email(p, region):
    sysm = p['rom']
    sur = p['sur'][sysm].replace('-', '').replace('ü', 'u')
    giv = [g[sysm].replace('ü', 'u') for g in p['given']]
    gj = ''.join(giv)
    ini = ''.join(x[0] for x in giv)
    year = str(RNG.randint(1958, 2002))
    eng = p['eng'][0].lower() if p['eng'] else None
    mob = p['mobile']['nsn']
    if region == 'CN':
        prov = CN_MAIL
    elif region == 'HK':
        prov = HK_MAIL
    elif region == 'MY':
        prov = MY_MAIL
    else:
        prov = TW_MAIL
    for _ in range(200):
        dom = wch(prov)
        opts = [gj + '.' + sur, ini + '.' + sur, sur + ini, sur + '_' + gj, sur + gj + year[2:],
                gj + sur, sur + '.' + ini + str(RNG.randint(1, 99)),
                ch(['sunny', 'happy', 'tiger', 'lucky', 'apple', 'kitty', 'peter', 'smile', 'star', 'blue', 'ocean', 'moon']) + _digits(RNG.randint(2, 4))]
        if eng:
            opts += [eng + sur + year, eng + '.' + sur, eng + '_' + sur + str(RNG.randint(1, 99)), eng + year[2:]]
        if region == 'TW':
            opts += ['a0' + mob, sur + mob[-4:]]
        if dom in ('qq.com',):
            local = str(RNG.randint(10000000, 2999999999))
        else:
            local = ch(opts)
        if dom.endswith('hinet.net') and chance(0.5):
            local = ch([ini + _digits(4), sur[:4] + _digits(3), 'h' + _digits(6)])
        e = local + '@' + dom
        if e not in USED_EMAIL:
            USED_EMAIL[e] = 1
            return e
    raise RuntimeError('email')


def line_id(p):
    sysm = p['rom']
    base = ch([p['sur'][sysm].replace('-', '') + ''.join(g[sysm][0] for g in p['given']),
               ''.join(g[sysm] for g in p['given']), (p['eng'][0].lower() if p['eng'] else 'line') + _digits(3),
               '0' + p['mobile']['nsn'] if p['mobile']['kind'] == 'tw-mob' else 'id' + _digits(5)])
    return base.replace('ü', 'u')


def make_person(region='TW', city=None, gender=None, sur=None, given=None, addr=None, land_p=None,
                eng_p=None):
    p = {'cat': 'person', 'region': region, 'kind': 'person-' + region.lower()}
    p['gender'] = gender or ch('mf')
    p['sur'] = sur or pick_surname()
    p['given'] = given or pick_given(p['gender'], region)
    if eng_p is None:
        eng_p = {'TW': 0.35, 'CN': 0.15, 'HK': 0.7, 'MY': 0.55}[region]
    p['eng'] = ch(ENG_M if p['gender'] == 'm' else ENG_F) if chance(eng_p) else None
    if region == 'TW':
        p['rom'] = wch([('wg', 75), ('py', 12), ('ty', 13)])
        p['given_style'] = wch([('hyphen', 70), ('hyphen_lower', 15), ('space', 10), ('joined', 5)])
    else:
        p['rom'] = default_system(region)
        p['given_style'] = 'space' if region == 'MY' else ('hyphen' if region == 'HK' and chance(0.5) else 'space')
        if region == 'CN':
            p['given_style'] = 'joined'
    p['addr'] = addr or new_address(region, city, 'home')
    p['mobile'] = new_phone(region, 'mob')
    if land_p is None:
        land_p = {'TW': 0.4, 'CN': 0.1, 'HK': 0.3, 'MY': 0.2}[region]
    p['land'] = new_phone(region, 'land', addr_phone_city(p['addr'])) if chance(land_p) else None
    p['email'] = person_email(p, region)
    p['email_alt'] = None
    p['line'] = line_id(p)
    p['title'] = wch([(None, 6), ('經理', 2), ('老闆', 1), ('課長', 1), ('廠長', 1)]) if p['gender'] == 'm' else \
        wch([(None, 7), ('經理', 1), ('老闆娘', 1)])
    # married women of the older generation may put the husband's surname in front
    p['hus'] = pick_surname() if (region == 'TW' and p['gender'] == 'f' and chance(0.12)) else None
    if p['hus'] and p['hus']['t'] == p['sur']['t']:
        p['hus'] = None
    p['hus_in_name'] = bool(p['hus']) and chance(0.4)
    return p


def person_zh(p, simp=False, with_hus=None):
    w = p['hus_in_name'] if with_hus is None else with_hus
    sur = p['sur']['s' if simp else 't']
    giv = ''.join(g['s' if simp else 't'] for g in p['given'])
    if w and p['hus']:
        sur = p['hus']['s' if simp else 't'] + sur
    return sur, giv


# ---------------------------------------------------------------------------
# organisations
# ---------------------------------------------------------------------------
HK_CORES = [('永發', 'Wing Fat'), ('建德', 'Kin Tak'), ('新興', 'Sun Hing'), ('恒豐', 'Hang Fung'),
            ('順昌', 'Shun Cheong'), ('利達', 'Lee Tat'), ('寶業', 'Po Yip'), ('合興', 'Hop Hing'),
            ('富利', 'Fu Lee'), ('金基', 'Kam Kei'), ('華達', 'Wah Tat'), ('偉業', 'Wai Yip'),
            ('聯興', 'Luen Hing'), ('德信', 'Tak Shun'), ('東昇', 'Tung Sing'), ('萬利', 'Man Lee'),
            ('泰豐', 'Tai Fung'), ('祥記', 'Cheung Kee'), ('榮記', 'Wing Kee'), ('協成', 'Hip Shing'),
            ('裕華', 'Yue Wah'), ('安利', 'On Lee'), ('振興', 'Chun Hing'), ('廣發', 'Kwong Fat'),
            ('同昌', 'Tung Cheong'), ('昌記', 'Cheong Kee'), ('勝利', 'Shing Lee'), ('豐盛', 'Fung Shing')]
HK_TRADES = [('貿易', 'Trading'), ('工程', 'Engineering'), ('機械', 'Machinery'), ('五金', 'Hardware'),
             ('實業', 'Industrial'), ('機電工程', 'Electrical & Mechanical Engineering'), ('國際', 'International'),
             ('自動化', 'Automation'), ('軸承', 'Bearing')]
MY_CORES = [('Beng Huat', '明發'), ('Seng Heng', '成興'), ('Hock Seng', '福成'), ('Kim Hin', '金興'),
            ('Soon Lee', '順利'), ('Guan Heng', '源興'), ('Teck Soon', '德順'), ('Hup Seng', '合成'),
            ('Eng Leong', '榮隆'), ('Thye Huat', '泰發'), ('Yong Fatt', '永發'), ('Lean Hin', '聯興'),
            ('Wah Seng', '華成'), ('Chin Hin', '振興'), ('Kok Wah', '國華'), ('Sin Chew', '星洲'),
            ('Joo Seng', '裕成'), ('Heng Huat', '興發')]
MY_TRADES = [('Engineering', '工程'), ('Hardware', '五金'), ('Machinery', '機械'), ('Industrial Supplies', '工業器材'),
             ('Pneumatic', '氣動'), ('Bearing', '軸承'), ('Trading', '貿易'), ('Automation', '自動化')]
CN_TRADES = [('科技', '科技', 'Technology'), ('精密五金', '精密五金', 'Precision Hardware'),
             ('自动化设备', '自動化設備', 'Automation Equipment'), ('机械', '機械', 'Machinery'),
             ('电子', '電子', 'Electronics'), ('塑胶制品', '塑膠製品', 'Plastic Products'),
             ('模具', '模具', 'Mould'), ('五金制品', '五金製品', 'Metal Products'),
             ('机电设备', '機電設備', 'Electromechanical Equipment')]
SCHOOL_ROM = {'光復': ('Guangfu', 'Kuang Fu'), '中正': ('Zhongzheng', 'Chung Cheng'), '明德': ('Mingde', 'Ming Te'),
              '育英': ('Yuying', 'Yu Ying'), '復興': ('Fuxing', 'Fu Hsing'), '文化': ('Wenhua', 'Wen Hua'),
              '仁愛': ("Ren'ai", 'Jen Ai'), '信義': ('Xinyi', 'Hsin Yi'), '民生': ('Minsheng', 'Min Sheng'),
              '成功': ('Chenggong', 'Cheng Kung'), '建國': ('Jianguo', 'Chien Kuo'), '青山': ('Qingshan', 'Ching Shan'),
              '東興': ('Dongxing', 'Tung Hsing'), '西湖': ('Xihu', 'Hsi Hu'), '南山': ('Nanshan', 'Nan Shan'),
              '北興': ('Beixing', 'Pei Hsing'), '大德': ('Dade', 'Ta Te'), '永平': ('Yongping', 'Yung Ping'),
              '三和': ('Sanhe', 'San Ho'), '新興': ('Xinxing', 'Hsin Hsing')}
USED_ORGNAME = {}


def _core():
    for _ in range(500):
        a = ch(CORE1)
        b = ch(CORE2)
        z = a[0] + b[0]
        if a[0] == b[0] or z in FAMOUS:
            continue
        return {'zh': z, 'wg': cap(a[1]) + ' ' + cap(b[1]), 'wgj': cap(a[1] + b[1]), 'py': cap(a[2] + b[2]),
                'ini': (a[1][0] + b[1][0]).upper()}
    raise RuntimeError


def _free_mail_org(base, region='TW'):
    prov = {'TW': TW_MAIL, 'CN': CN_MAIL, 'HK': HK_MAIL, 'MY': MY_MAIL}[region]
    for _ in range(200):
        dom = wch(prov)
        if dom == 'qq.com':
            local = str(RNG.randint(10000000, 2999999999))
        else:
            local = ch([base, base + _digits(2), base + '.' + ch(['service', 'sales', 'acc', 'co', 'tw', 'hw']),
                        base + _digits(4), base[:6] + '_' + _digits(3)])
        e = local + '@' + dom
        if e not in USED_EMAIL:
            USED_EMAIL[e] = 1
            return e
    raise RuntimeError


def _domain(base, tld):
    for i in range(50):
        d = base + ('' if i == 0 else ch(['-tw', '-co', str(i), '-group', 'corp'])) + tld
        if d not in USED_DOMAIN:
            USED_DOMAIN[d] = 1
            return d
    raise RuntimeError


def _mailbox(domain, contact=None):
    for _ in range(100):
        boxes = ['sales', 'service', 'info', 'acc', 'account', 'purchase', 'admin', 'order', 'contact']
        if contact:
            s = contact['sur'][contact['rom']].replace('-', '')
            gi = ''.join(g[contact['rom']][0] for g in contact['given'])
            boxes += [gi + '.' + s, gi + '_' + s, s + gi]
            if contact['eng']:
                boxes += [contact['eng'][0].lower(), contact['eng'][0].lower() + '.' + s]
        e = ch(boxes) + '@' + domain
        if e not in USED_EMAIL:
            USED_EMAIL[e] = 1
            return e
    e = 'user' + _digits(5) + '@' + domain
    USED_EMAIL[e] = 1
    return e


def org_base(kind, region, addr):
    o = {'cat': 'org', 'kind': kind, 'region': region, 'addr': addr, 'names': {}, 'unit': None,
         'domain': None, 'mobile': None, 'fax': None, 'email_alt': None, 'group': None, 'agent': None}
    return o


def org_contacts(o, titles, region='TW', contact_p=0.75):
    if chance(contact_p):
        c = make_person_lite(region)
        c['title'] = ch(titles)
        o['contact'] = c
    else:
        o['contact'] = None


def make_person_lite(region='TW', gender=None, sur=None):
    p = {'cat': 'person', 'region': region}
    p['gender'] = gender or ch('mf')
    p['sur'] = sur or pick_surname()
    p['given'] = pick_given(p['gender'], region, 0.3)
    p['eng'] = ch(ENG_M if p['gender'] == 'm' else ENG_F) if chance(0.45 if region != 'CN' else 0.15) else None
    p['rom'] = default_system(region) if region != 'TW' else wch([('wg', 80), ('py', 10), ('ty', 10)])
    p['given_style'] = 'joined' if region == 'CN' else ('space' if region == 'MY' else 'hyphen')
    p['hus'] = None
    p['hus_in_name'] = False
    return p


def finish_org_contact(o, free_mail_p=0.0, base=None):
    """phones and mail for an org whose names and address are set"""
    a = o['addr']
    region = o['region']
    o['phone'] = new_phone(region, 'land', addr_phone_city(a))
    if chance(0.55):
        o['fax'] = phone_next(o['phone'])
    if o.get('contact') and chance(0.5):
        o['mobile'] = new_phone(region, 'mob')
    if o.get('contact') and chance(0.2) and region == 'TW':
        o['phone']['ext'] = str(RNG.randint(10, 399))
    if chance(free_mail_p) or not base:
        o['email'] = _free_mail_org(base or ('c' + _digits(5)), region)
    else:
        tld = {'TW': ch(['.com.tw', '.com.tw', '.com.tw', '.com']), 'CN': ch(['.com', '.com.cn', '.cn']),
               'HK': ch(['.com.hk', '.com', '.hk']), 'MY': ch(['.com.my', '.com', '.my'])}[region]
        o['domain'] = _domain(base, tld)
        o['email'] = _mailbox(o['domain'], o.get('contact'))


def make_tw_company(city=None, core=None, trade=None, form=None, addr=None, no_prefix=False):
    for _ in range(200):
        form_k = form or wch([('gufen', 30), ('youxian', 38), ('qiyeshe', 10), ('hang', 15), ('shanghang', 7)])
        tr = trade or wch(list(zip(TRADES, TRADE_W)))
        if form_k in ('hang', 'shanghang') and tr[0] not in ('五金', '機械', '軸承', '油壓', '工具', '氣動', '螺絲', '電機', '塑膠'):
            tr = ch([t for t in TRADES if t[0] in ('五金', '機械', '軸承', '油壓', '工具')])
        pref = None
        c = core or _core()
        if not core and not no_prefix and form_k in ('gufen', 'youxian') and chance(0.12):
            pref = ch(PREFIXES)
            c = None
        elif not core and not no_prefix and form_k in ('gufen', 'youxian') and chance(0.07):
            pref = ch(PREFIXES)
        ind = ''
        if form_k in ('gufen', 'youxian') and chance(0.3):
            ind = ch(['工業', '工業', '實業'])
        if c is None:
            ind = ind or '工業'
        fz, fens = FORMS[form_k]
        zh_core = (pref[0] if pref else '') + (c['zh'] if c else '')
        zh_short = zh_core + tr[0]
        zh_full = zh_short + ind + fz
        if zh_full in USED_ORGNAME:
            continue
        USED_ORGNAME[zh_full] = 1
        o = org_base('company-tw', 'TW', addr or new_tw_address(city, 'factory' if chance(0.4) else 'office'))
        o['form'] = form_k
        org_contacts(o, ['經理', '會計', '採購', '老闆', '廠長', '小姐', '先生', '副理', '總經理'])
        sysm = wch([('wg', 60), ('wgj', 20), ('py', 20)])
        alt = 'py' if sysm != 'py' else 'wg'
        trade_name = None
        if c and form_k in ('gufen', 'youxian') and chance(0.22):
            trade_name = ch(TRADE_NAME_A) + ch(TRADE_NAME_B)
        en_ind = {'工業': ' Industrial', '實業': ' Enterprise', '': ''}[ind]
        en_form = ch(fens)
        en_trade = tr[2] if form_k not in ('hang', 'shanghang') else tr[2]
        if form_k == 'hang':
            en_form = {'Store': 'Store', 'Co.': 'Co.', 'Trading': 'Trading'}[en_form]

        def en_for(system, use_trade=True):
            parts = []
            if pref:
                parts.append(pref[1] if system != 'py' else pref[2])
            if trade_name and use_trade:
                parts.append(trade_name)
            elif c:
                parts.append(c[system])
            return ' '.join(parts) + ' ' + en_trade + en_ind + ' ' + en_form
        en = en_for(sysm)
        en_short = en.rsplit(' ' + en_form, 1)[0]
        o['names'] = {'zh_t': zh_full, 'zh_s': to_simp(zh_full), 'short_t': zh_short, 'short_s': to_simp(zh_short),
                      'abbr': (c['zh'] if c else pref[0][0] + tr[0][0]),
                      'en': en, 'en_short': en_short, 'en_rom2': en_for(alt, use_trade=False),
                      'trade_name': trade_name, 'primary': 't', 'bare': zh_full if form_k in ('hang', 'shanghang', 'qiyeshe') else None,
                      'core': c, 'pref': pref, 'trade': tr, 'ind': ind, 'form_zh': fz, 'en_form': en_form}
        if trade_name:
            base = trade_name.lower()
        elif c:
            base = c['wgj'].lower() if sysm != 'py' else c['py'].lower()
            if chance(0.4):
                base = c['ini'].lower() + ch(['', '-']) + tr[2].split()[0][:4].lower()
        else:
            base = ''.join(w[0] for w in (pref[1] + ' ' + tr[2] + en_ind).split()).lower() + ch(['-tw', 'tw', 'corp'])
        free_p = 0.85 if form_k in ('hang', 'shanghang', 'qiyeshe') else 0.25
        finish_org_contact(o, free_p, base)
        return o
    raise RuntimeError('company name')


def make_cn_company(city=None, core=None, addr=None):
    for _ in range(200):
        c = city or wch(CN_CITY_W)
        k = core or _core()
        tr = ch(CN_TRADES)
        zc_s, zc_t = to_simp(k['zh']), k['zh']
        city_s, city_t = c['name'][0], c['name'][1]
        use_city = chance(0.8)
        zh_s = (city_s if use_city else '') + zc_s + tr[0] + '有限公司'
        zh_t = (city_t if use_city else '') + zc_t + tr[1] + '有限公司'
        if zh_s in USED_ORGNAME:
            continue
        USED_ORGNAME[zh_s] = 1
        o = org_base('company-cn', 'CN', addr or new_cn_address(c))
        org_contacts(o, ['经理', '总经理', '采购', '会计', '小姐', '先生', '厂长'], 'CN')
        en = ((c['name'][2] + ' ') if use_city else '') + k['py'] + ' ' + tr[2] + ' Co., Ltd.'
        o['names'] = {'zh_t': zh_t, 'zh_s': zh_s, 'short_t': zc_t + tr[1], 'short_s': zc_s + tr[0], 'abbr': zc_s,
                      'en': en, 'en_short': k['py'] + ' ' + tr[2], 'en_rom2': en.replace(k['py'], k['wg']),
                      'trade_name': None, 'primary': 's', 'bare': None, 'core': k, 'pref': None,
                      'trade': tr, 'ind': '', 'form_zh': '有限公司', 'en_form': 'Co., Ltd.', 'cn_city': c}
        base = (c['name'][2][:2].lower() if use_city else '') + k['py'].lower()
        finish_org_contact(o, 0.45, base)
        return o
    raise RuntimeError


def make_hk_company(addr=None):
    for _ in range(200):
        k = ch(HK_CORES)
        tr = ch(HK_TRADES)
        hk_tag = chance(0.25)
        en_form = ch(['Company Limited', 'Limited', 'Co. Ltd.', 'Co., Ltd.'])
        en = k[1] + ' ' + tr[1] + (' (H.K.)' if hk_tag else '') + ' ' + en_form
        zh = k[0] + tr[0] + ('(香港)' if hk_tag else '') + '有限公司'
        if en in USED_ORGNAME:
            continue
        USED_ORGNAME[en] = 1
        o = org_base('company-hk', 'HK', addr or new_hk_address())
        org_contacts(o, ['經理', '先生', '小姐', 'Manager'], 'HK')
        o['names'] = {'zh_t': zh, 'zh_s': to_simp(zh), 'short_t': k[0] + tr[0], 'short_s': to_simp(k[0] + tr[0]),
                      'abbr': k[0], 'en': en, 'en_short': k[1] + ' ' + tr[1], 'en_rom2': en.replace(' (H.K.)', ''),
                      'trade_name': None, 'primary': 'en' if chance(0.7) else 't', 'bare': None, 'core': None,
                      'pref': None, 'trade': tr, 'en_form': en_form}
        base = k[1].replace(' ', '').lower() + ch(['', tr[1].split()[0][:3].lower(), 'hk'])
        finish_org_contact(o, 0.35, base)
        return o
    raise RuntimeError


def make_my_company(addr=None):
    for _ in range(200):
        style = ch(['core', 'sur', 'core'])
        tr = ch(MY_TRADES)
        if style == 'core':
            k = ch(MY_CORES)
            en_core, zh_core = k[0], k[1]
        else:
            s = pick_surname()
            en_core = cap(s['hok']) + ' Brothers'
            zh_core = s['t'] + '氏兄弟'
        en_form = ch(['Sdn. Bhd.', 'Sdn Bhd', 'Sdn. Bhd.', 'Enterprise', '(M) Sdn. Bhd.'])
        en = en_core + ' ' + tr[0] + ' ' + en_form
        if en in USED_ORGNAME:
            continue
        USED_ORGNAME[en] = 1
        o = org_base('company-my', 'MY', addr or new_my_address())
        org_contacts(o, ['Manager', '經理', '先生', '小姐', 'Director'], 'MY')
        zh = zh_core + tr[1] + ('有限公司' if 'Sdn' in en_form else '企業')
        o['names'] = {'zh_t': zh, 'zh_s': to_simp(zh), 'short_t': zh_core + tr[1], 'short_s': to_simp(zh_core + tr[1]),
                      'abbr': zh_core, 'en': en, 'en_short': en_core + ' ' + tr[0],
                      'en_rom2': en.replace('Sdn. Bhd.', 'Sdn Bhd') if 'Sdn. Bhd.' in en else en.replace('Sdn Bhd', 'Sdn. Bhd.'),
                      'trade_name': None, 'primary': 'en', 'bare': None, 'core': None, 'pref': None, 'trade': tr,
                      'en_form': en_form}
        base = en_core.replace(' ', '').lower()[:12] + ch(['', 'eng', 'hw', 'my'])
        finish_org_contact(o, 0.4, base)
        return o
    raise RuntimeError


def tw_place_short(d):
    """大雅區 -> 大雅, 竹北市 -> 竹北, 東區 -> 東區"""
    z = d['zh']
    return z[:-1] if len(z) > 2 else z


def dist_en(d, system='py'):
    name = d['py'] if system == 'py' else d['alts'][0]
    z = d['zh'][-1]
    if z == '區':
        return name + ' Dist.'
    if z == '市':
        return name + ' City'
    return name + ' Township'


def make_township(body=None, section=None, addr=None, phone=None, email_dom=None):
    code, dz, typ = body or ch(TOWNSHIP_BODIES)
    c = TW_CITY[code]
    d = [x for x in c['dists'] if x['zh'] == dz][0]
    sec = section or ch(SECTIONS)
    body_full = c['zh'] + (dz + '公所' if typ == '區公所' else dz + '公所')
    body_short = dz + '公所'
    o = org_base('public-office', 'TW', addr or new_tw_address(code, 'office', d))
    o['body'] = (code, dz, typ)
    o['unit'] = sec
    en_body = d['py'] + (' District Office' if typ == '區公所' else ' Township Office')
    o['names'] = {'zh_t': body_full + sec[0], 'zh_s': to_simp(body_full + sec[0]), 'short_t': body_short + sec[0],
                  'short_s': to_simp(body_short + sec[0]), 'abbr': tw_place_short(d) + '公所' + sec[0],
                  'en': sec[1] + ', ' + en_body + ', ' + c['en'], 'en_short': en_body + ' ' + sec[1],
                  'en_rom2': sec[1] + ', ' + d['alts'][0] + en_body[len(d['py']):],
                  'trade_name': None, 'primary': 't', 'bare': None, 'body_t': body_full, 'body_short': body_short,
                  'place': tw_place_short(d)}
    org_contacts(o, ['承辦人', '課長', '先生', '小姐', '技士', '隊長'], 'TW', 0.8)
    if phone:
        o['phone'] = dict(phone)
        o['phone']['ext'] = str(RNG.randint(100, 399))
    else:
        o['phone'] = new_phone('TW', 'land', code)
        o['phone']['ext'] = str(RNG.randint(100, 399)) if chance(0.8) else None
    o['fax'] = phone_next(o['phone']) if chance(0.4) else None
    if o['contact'] and chance(0.3):
        o['mobile'] = new_phone('TW', 'mob')
    if email_dom and chance(0.7):
        o['domain'] = email_dom
        o['email'] = _mailbox(email_dom, o['contact'])
    else:
        o['email'] = _free_mail_org(d['py'].lower().replace("'", '')[:8] + ch(['', 'town', 'office']) + _digits(2), 'TW')
    return o


def make_school(city=None, name=None, level=None, unit=None, addr=None, phone=None):
    code = city or wch(TW_CITY_W)
    c = TW_CITY[code]
    d = ch(c['dists']) if addr is None else addr['dist']
    nm = name or ch(SCHOOL_NAMES)
    lv = level or wch([('es', 3), ('jh', 3), ('voc', 4), ('sh', 2)])
    py, wg = SCHOOL_ROM[nm]
    city_pref = c['zh'].replace('台', '臺')
    if lv == 'es':
        full, short, en = city_pref + d['zh'] + nm + '國民小學', nm + '國小', '%s %s Elementary School' % (c['en'].replace(' City', '').replace(' County', ''), py)
    elif lv == 'jh':
        full, short, en = city_pref + '立' + nm + '國民中學', nm + '國中', '%s Municipal %s Junior High School' % (c['en'].replace(' City', '').replace(' County', ''), py)
    elif lv == 'voc':
        full, short, en = '國立' + nm + '高級工業職業學校', nm + '高工', 'National %s Industrial Vocational High School' % py
    else:
        full, short, en = city_pref + '立' + nm + '高級中學', nm + '高中', '%s Municipal %s Senior High School' % (c['en'].replace(' City', '').replace(' County', ''), py)
    un = unit if unit is not None else (ch(SCHOOL_UNITS[:2] if lv == 'voc' else SCHOOL_UNITS[:1]) if chance(0.6) else None)
    o = org_base('school', 'TW', addr or new_tw_address(code, 'office', d))
    o['unit'] = un
    o['level'] = lv
    us = un[0] if un else ''
    o['names'] = {'zh_t': full + us, 'zh_s': to_simp(full + us), 'short_t': short + us, 'short_s': to_simp(short + us),
                  'abbr': None, 'en': en + ((' - ' + un[1]) if un else ''), 'en_short': en,
                  'en_rom2': en.replace(py, wg) + ((' - ' + un[1]) if un else ''), 'trade_name': None, 'primary': 't',
                  'bare': short if not un else None, 'body_t': full, 'body_short': short,
                  'place': tw_place_short(d), 'school_py': py}
    org_contacts(o, ['組長', '主任', '老師', '先生', '小姐', '幹事'], 'TW', 0.8)
    if phone:
        o['phone'] = dict(phone)
        o['phone']['ext'] = str(RNG.randint(100, 399))
    else:
        o['phone'] = new_phone('TW', 'land', code)
        o['phone']['ext'] = str(RNG.randint(100, 399)) if (un and chance(0.8)) else None
    o['fax'] = phone_next(o['phone']) if chance(0.3) else None
    o['email'] = _free_mail_org(py.lower().replace("'", '')[:8] + {'es': 'es', 'jh': 'jh', 'voc': 'vs', 'sh': 'hs'}[lv] + ch(['', 'ga', 'pt', 'mail']), 'TW')
    return o


def make_hospital(city=None, addr=None):
    for _ in range(100):
        nm = ch(HOSP_NAMES)
        code = city or wch(TW_CITY_W)
        style = ch(['醫院', '綜合醫院', '醫院'])
        fnd = chance(0.4)
        full = ('財團法人' if fnd else '') + nm[0] + style
        key = full + code
        if key in USED_ORGNAME:
            continue
        USED_ORGNAME[key] = 1
        o = org_base('hospital', 'TW', addr or new_tw_address(code, 'office'))
        un = ch(HOSP_UNITS) if chance(0.5) else None
        o['unit'] = un
        us = un[0] if un else ''
        en = nm[1] + (' General Hospital' if style == '綜合醫院' else ' Hospital')
        o['names'] = {'zh_t': full, 'zh_s': to_simp(full), 'short_t': nm[0] + style, 'short_s': to_simp(nm[0] + style),
                      'abbr': nm[0], 'en': en, 'en_short': en, 'en_rom2': en, 'trade_name': None, 'primary': 't',
                      'bare': nm[0] + style, 'unit_label': us, 'place': tw_place_short(o['addr']['dist'])}
        org_contacts(o, ['技師', '主任', '先生', '小姐', '組長'], 'TW', 0.8)
        finish_org_contact(o, 0.3, nm[1].replace(' ', '').lower() + 'hosp')
        return o
    raise RuntimeError


def make_clinic(city=None, name=None, addr=None):
    nm = name or (ch(HOSP_NAMES), ch(CLINIC_TYPES))
    code = city or wch(TW_CITY_W)
    o = org_base('clinic', 'TW', addr or new_tw_address(code, 'factory'))
    full = nm[0][0] + nm[1][0]
    en = nm[0][1] + ' ' + nm[1][1]
    o['names'] = {'zh_t': full, 'zh_s': to_simp(full), 'short_t': full, 'short_s': to_simp(full), 'abbr': None,
                  'en': en, 'en_short': en, 'en_rom2': en, 'trade_name': None, 'primary': 't', 'bare': full,
                  'place': tw_place_short(o['addr']['dist']), 'clinic': nm}
    org_contacts(o, ['醫師', '院長', '護理長', '小姐'], 'TW', 0.7)
    finish_org_contact(o, 0.9, nm[0][1].replace(' ', '').lower() + ch(['clinic', 'dental', 'cl']))
    return o


def make_temple(city=None, name=None, addr=None):
    t = name or ch(TEMPLE_NAMES)
    code = city or wch(TW_CITY_W)
    o = org_base('temple', 'TW', addr or new_tw_address(code, 'factory'))
    d = o['addr']['dist']
    place = tw_place_short(d)
    full = t[0]
    reg = chance(0.3)
    o['names'] = {'zh_t': ('財團法人' + TW_CITY[code]['zh'] + d['zh'] + t[0]) if reg else full,
                  'zh_s': to_simp(full), 'short_t': full, 'short_s': to_simp(full),
                  'abbr': place + t[0], 'en': t[1], 'en_short': t[1], 'en_rom2': t[2], 'trade_name': None,
                  'primary': 't', 'bare': full, 'place': place, 'temple': t}
    org_contacts(o, ['主委', '總幹事', '先生', '小姐', '廟公'], 'TW', 0.8)
    finish_org_contact(o, 1.0, d['py'].lower().replace("'", '')[:6] + t[2].replace(' ', '').lower()[:8])
    return o


def make_branch(parent, city=None):
    """a 分公司 of a Taiwanese company: own tax ID, own address, phone and mailbox"""
    code = city or ch([c for c in ['TXG', 'KHH', 'TAO', 'TNN', 'HSQ', 'CHA', 'NTP'] if c != parent['addr']['city']])
    c = TW_CITY[code]
    cz = c['zh'][:2]
    o = org_base('branch-tw', 'TW', new_tw_address(code, 'office'))
    pn = parent['names']
    en_city = c['en'].replace(' City', '').replace(' County', '')
    o['names'] = dict(pn)
    o['names'].update({'zh_t': pn['zh_t'] + cz + '分公司', 'zh_s': to_simp(pn['zh_t'] + cz + '分公司'),
                       'short_t': pn['short_t'] + cz + '分公司', 'short_s': to_simp(pn['short_t'] + cz + '分公司'),
                       'abbr': pn['abbr'] + cz, 'en': pn['en'] + ' ' + en_city + ' Branch',
                       'en_short': pn['en_short'] + ' (' + en_city + ')', 'en_rom2': pn['en_rom2'] + ' ' + en_city + ' Branch',
                       'bare': None, 'branch_city': cz})
    o['parent'] = parent
    org_contacts(o, ['經理', '會計', '採購', '小姐', '先生', '主任'])
    o['phone'] = new_phone('TW', 'land', code)
    o['fax'] = phone_next(o['phone']) if chance(0.5) else None
    if o['contact'] and chance(0.4):
        o['mobile'] = new_phone('TW', 'mob')
    if parent.get('domain') and chance(0.8):
        o['domain'] = parent['domain']
        o['email'] = _mailbox(parent['domain'], o['contact'])
    else:
        o['email'] = _free_mail_org((pn['core']['wgj'].lower() if pn.get('core') else 'br') + c['en'][:2].lower(), 'TW')
    return o


def make_group_member(lead, trade=None, form=None, mainland=False, share_addr=True):
    """another legal entity of the same group (關係企業) as `lead`"""
    core = lead['names']['core']
    if mainland:
        o = make_cn_company(city=ch([CN_CITIES[1], CN_CITIES[0], CN_CITIES[3]]), core=core)
    else:
        addr = None
        if share_addr and lead['region'] == 'TW':
            addr = dict(lead['addr'])
            addr['floor'] = (lead['addr']['floor'] or 1) + RNG.randint(1, 4)
            addr['fsub'] = 0
        taken = [lead['names']['trade'][0]]
        if lead.get('group'):
            taken += [m['names']['trade'][0] for m in lead['group']['members'] if m['names'].get('trade')]
        free_trades = [t for t in TRADES if t[0] not in taken]
        for _ in range(30):
            try:
                o = make_tw_company(core=core, trade=trade or ch(free_trades), form=form or ch(['gufen', 'youxian']), addr=addr)
                break
            except RuntimeError:
                continue
    return o


def make_agent():
    """a bookkeeping office (記帳士事務所) or a manager who handles several small firms"""
    kind = wch([('bookkeeper', 3), ('manager', 1)])
    city = wch(TW_CITY_W)
    if kind == 'bookkeeper':
        s = pick_surname()
        nm = ch([s['t'] + ch(['', '', '宏', '志', '明']) + '記帳士事務所', ch(['誠信', '正大', '立信', '永信', '大智', '嘉和']) + '記帳士事務所'])
        email = _free_mail_org(ch(['acc', 'tax', 'book', 'account']) + s['wg'].replace('-', '') + _digits(2), 'TW')
        ph = new_phone('TW', 'land', city)
    else:
        p = make_person_lite('TW')
        nm = p['sur']['t'] + '經理'
        email = _free_mail_org(p['sur']['wg'].replace('-', '') + ''.join(g['wg'][0] for g in p['given']), 'TW')
        ph = new_phone('TW', 'mob')
    return {'kind': kind, 'name': nm, 'email': email, 'phone': ph, 'city': city}


# ---------------------------------------------------------------------------
# rendering: names
# ---------------------------------------------------------------------------
HON = {'m': '先生', 'f': '小姐'}


def person_name(p, form, rom=None, gstyle=None, hus=None, simp=None, hon_sp=False):
    """returns displayName, givenName, familyName"""
    rom = rom or p['rom']
    gstyle = gstyle or p['given_style']
    simp = (p['region'] in ('CN', 'MY')) if simp is None else simp
    sz, gz = person_zh(p, simp, hus)
    with_h = p['hus_in_name'] if hus is None else hus
    rs = rom_sur(p['sur'], rom)
    if with_h and p['hus']:
        rs = rom_sur(p['hus'], rom) + ' ' + rs
    rg = rom_given(p['given'], rom, gstyle)
    eng = p['eng'][0] if p['eng'] else None
    if form == 'zh':
        return sz + gz, gz, sz
    if form == 'zh_t':
        sz, gz = person_zh(p, False, hus)
        return sz + gz, gz, sz
    if form == 'zh_s':
        sz, gz = person_zh(p, True, hus)
        return sz + gz, gz, sz
    if form == 'zh_sp':
        return sz + ' ' + gz, gz, sz
    if form == 'zh_hon':
        h = '女士' if (p['gender'] == 'f' and (p['hus'] or chance(0.3))) else HON[p['gender']]
        return sz + gz + (' ' if hon_sp else '') + h, gz, sz
    if form == 'zh_title':
        t = p.get('title') or HON[p['gender']]
        return sz[-1:] + t if len(sz) == 2 and with_h else sz + t, None, sz
    if form == 'zh_given':
        return gz, gz, None
    if form == 'zh_ah':
        return '阿' + gz[-1], None, None
    if form == 'zh_eng' and eng:
        return sz + gz + ' ' + eng, gz, sz
    if form == 'eng_zh' and eng:
        return eng + ' ' + sz + gz, eng, sz
    if form == 'rom_gf':
        return rg + ' ' + rs, rg, rs
    if form == 'rom_caps':
        x = RNG.random()
        if x < 0.35:
            return (rs + ', ' + rg).upper(), rg.upper(), rs.upper()
        if x < 0.65:
            return (rg + ' ' + rs).upper(), rg.upper(), rs.upper()
        return (rs + ' ' + rg).upper(), rg.upper(), rs.upper()
    if form == 'rom_comma':
        return rs + ', ' + rg, rg, rs
    if form == 'rom_hk':
        return rs.upper() + ' ' + rg, rg, rs.upper()
    if form == 'eng' and eng:
        return eng + ' ' + rs, eng, rs
    if form == 'eng_full' and eng:
        if p['region'] in ('HK', 'MY'):
            return eng + ' ' + rs + ' ' + rg, eng, rs
        return eng + ' ' + rg + ' ' + rs, eng + ' ' + rg, rs
    if form == 'eng_comma' and eng:
        return rs + ', ' + eng, eng, rs
    if form == 'eng_caps' and eng:
        return eng + ' ' + rs.upper(), eng, rs.upper()
    if form == 'eng_short' and p['eng'] and p['eng'][1]:
        return p['eng'][1] + ' ' + rs, p['eng'][1], rs
    # rom_ff and fall-back
    return rs + ' ' + rg, rg, rs


def org_name(o, form):
    n = o['names']
    prim_s = n['primary'] == 's'
    if form == 'zh':
        return n['zh_s'] if prim_s else n['zh_t']
    if form in ('zh_t', 'zh_s', 'short_t', 'short_s', 'en', 'en_short', 'en_rom2'):
        return n[form]
    if form == 'short':
        return n['short_s'] if prim_s else n['short_t']
    if form == 'abbr':
        return n['abbr'] or n['short_t']
    if form == 'gu':
        z = n['zh_t']
        if '股份有限公司' in z:
            return z.replace('股份有限公司', ch(['(股)公司', '(股)', '股份公司']), 1)
        if '有限公司' in z:
            return z.replace('有限公司', ch(['(有)公司', '有限', '公司']), 1)
        return z
    if form == 'en_caps':
        return en_abbreviate(n['en']).upper()
    if form == 'en_abbr':
        return en_abbreviate(n['en'])
    if form == 'en_upper':
        return n['en'].upper()
    if form == 'zh_en':
        return (n['zh_s'] if prim_s else n['zh_t']) + ' ' + n['en']
    if form == 'place_short':
        pl = n.get('place') or ''
        return ch([pl + n['short_t'], n['short_t'] + '(' + pl + ')', n['short_t'] + '-' + pl])
    if form == 'zh_sep':
        if o.get('unit') and n.get('body_t'):
            return n['body_t'] + ch([' ', '-', '/']) + o['unit'][0]
        return n['zh_t']
    if form == 'short_sep':
        if o.get('unit') and n.get('body_short'):
            sep = ch([' ', '-', '('])
            return n['body_short'] + sep + o['unit'][0] + (')' if sep == '(' else '')
        return n['short_t']
    if form == 'zh_unit':   # hospitals: legal name + department as a label
        lab = n.get('unit_label')
        return n['short_t'] + ('-' + lab if lab else '')
    return n['zh_t']


def en_abbreviate(s):
    out = s
    for a, b in EN_ABBR:
        out = out.replace(a, b)
    out = out.replace('Co., Ltd.', 'Co., Ltd.')
    return out


# ---------------------------------------------------------------------------
# rendering: addresses.  return (dict of 6 fields, dict of per-field forms)
# ---------------------------------------------------------------------------
CITY_ABBR = {'台北市': '北市', '臺北市': '北市', '新北市': '新北', '台中市': '中市', '臺中市': '中市',
             '高雄市': '高市', '台南市': '南市', '臺南市': '南市', '桃園市': '桃市'}
TW_COUNTRY = [('TW', 20), ('Taiwan', 15), ('台灣', 15), ('臺灣', 5), ('Taiwan (R.O.C.)', 5), (None, 25),
              ('R.O.C.', 2), ('Taiwan, Province of China', 3), ('中華民國', 2)]


def tw_addr(a, o):
    c = TW_CITY[a['city']]
    d = a['dist']
    old = o.get('old') and c['old_zh'] and d['old']
    num = (lambda n: fullwidth(str(n))) if o.get('fw') else (lambda n: str(n))
    post = None
    if o.get('post') == '3':
        post = d['post']
    elif o.get('post') == '5':
        post = d['post'] + a['post2']
    elif o.get('post') == '6':
        post = d['post'] + a['post3']
    if post and o.get('fw'):
        post = fullwidth(post)
    f = {'line1': None, 'line2': None, 'city': None, 'region': None, 'postalCode': post, 'country': o.get('country')}
    if o['lang'] == 'zh':
        city = c['old_zh'] if old else c['zh']
        dist = d['old'] if old else d['zh']
        if o.get('tai') == '臺':
            city = city.replace('台', '臺')
        if o.get('city_abbr'):
            city = CITY_ABBR.get(city, city)
        sp = ' ' if o.get('spaced') else ''
        st = a['street']['zh'] + a['street']['type']
        if a['sec']:
            st += (ZH_NUM[a['sec']] if not o.get('secdigit') else num(a['sec'])) + '段'
        rest = st
        if a['lane']:
            rest += sp + num(a['lane']) + sp + '巷'
        if a['alley']:
            rest += sp + num(a['alley']) + sp + '弄'
        rest += sp + num(a['no']) + ((sp + '之' + sp + num(a['nsub'])) if a['nsub'] else '') + sp + '號'
        if a['floor']:
            if o.get('floorF'):
                rest += sp + num(a['floor']) + 'F' + (('-' + num(a['fsub'])) if a['fsub'] else '')
            else:
                rest += sp + num(a['floor']) + sp + '樓' + (('之' + sp + num(a['fsub'])) if a['fsub'] else '')
        lay = o.get('layout', 'L2')
        if lay == 'L1':
            f['line1'], f['city'] = city + dist + rest, city
        elif lay == 'L2':
            f['line1'], f['city'] = dist + rest, city
        elif lay == 'L3':
            f['line1'], f['city'], f['region'] = rest, dist, city
        elif lay == 'L4':
            f['line1'] = ((post + ' ') if post and chance(0.5) else (post or '')) + city + dist + rest
            f['postalCode'] = None
        else:  # L5
            f['line1'], f['line2'], f['city'] = rest, dist, city
        if o.get('region_tw') and f['region'] is None:
            f['region'] = o['region_tw']
    else:
        st = a['street']
        ri = o.get('rom', 'py')
        rom = st['py'] if ri == 'py' else st['alts'][min(int(ri[-1]), len(st['alts']) - 1)]
        lg = o.get('long')
        stype = {'路': ('Rd.', 'Road'), '街': ('St.', 'Street'), '大道': ('Blvd.', 'Boulevard')}[st['type']][1 if lg else 0]
        parts = []
        if a['floor']:
            if lg:
                parts.append('%dF' % a['floor'] + ('-%d' % a['fsub'] if a['fsub'] else ''))
            else:
                parts.append('%dF.' % a['floor'] + ('-%d' % a['fsub'] if a['fsub'] else ''))
        parts.append(('No.%d' if o.get('nospace') else 'No. %d') % a['no'] + ('-%d' % a['nsub'] if a['nsub'] else ''))
        if a['alley']:
            parts.append(('Alley %d' if lg else 'Aly. %d') % a['alley'])
        if a['lane']:
            parts.append(('Lane %d' if lg else 'Ln. %d') % a['lane'])
        if a['sec']:
            parts.append(('Section %d' if lg else 'Sec. %d') % a['sec'])
        parts.append(rom + ' ' + stype)
        if old:
            dname = d['alts'][0] + (' City' if d['old'][-1] == '市' else ' Township')
            cname = c['old_en']
        else:
            dname = dist_en(d, 'py' if ri == 'py' else 'alt')
            if lg:
                dname = dname.replace('Dist.', 'District')
            cname = c['en'] if not o.get('cityshort') else c['en'].replace(' City', '').replace(' County', '')
        lay = o.get('layout', 'E1')
        if lay == 'E1':
            f['line1'], f['line2'], f['city'] = ', '.join(parts), dname, cname
        elif lay == 'E2':
            f['line1'], f['city'] = ', '.join(parts + [dname]), cname
        elif lay == 'E3':
            f['line1'] = ', '.join(parts + [dname, cname]) + ((' ' + post) if post else '')
            f['postalCode'] = None
        else:
            f['line1'], f['line2'], f['city'] = ', '.join(parts[:-1]), parts[-1] + ', ' + dname, cname
        if o.get('region_tw') and f['region'] is None:
            f['region'] = o['region_tw']
        if o.get('caps'):
            for k in ('line1', 'line2', 'city'):
                if f[k]:
                    f[k] = f[k].upper()
    return f


def cn_addr(a, o):
    c = a['cn']
    d = a['dist']
    st = a['street']
    f = {'line1': None, 'line2': None, 'city': None, 'region': None,
         'postalCode': d[3] if o.get('post') else None, 'country': o.get('country')}
    if o['lang'] in ('zh_s', 'zh_t'):
        i = 0 if o['lang'] == 'zh_s' else 1
        hao, dong, lou = ('号', '栋', '楼') if i == 0 else ('號', '棟', '樓')
        sp = ' ' if o.get('spaced') else ''
        rest = d[i] + st[i] + sp + str(a['no']) + sp + hao
        if a['bldg']:
            rest += a['bldg'] + dong
        if a['floor']:
            rest += str(a['floor']) + lou
        prov = c['prov'][i] if c['prov'] else ''
        city = c['name'][i]
        lay = o.get('layout', 'C1')
        if lay == 'C1':
            f['line1'], f['city'], f['region'] = rest, city, prov or None
        elif lay == 'C2':
            f['line1'], f['city'] = prov + city + rest, city
        else:
            f['line1'] = prov + city + rest
    else:
        parts = []
        if a['floor']:
            parts.append(ch(['%dF' % a['floor'], 'Floor %d' % a['floor'], '%d/F' % a['floor']]) if o.get('var') else '%dF' % a['floor'])
        if a['bldg']:
            parts.append(('Building %s' if not o.get('var') else 'Bldg. %s') % a['bldg'])
        parts.append('No. %d %s' % (a['no'], st[2]) if not o.get('var') else 'No. %d, %s' % (a['no'], st[2]))
        f['line1'] = ', '.join(parts)
        f['line2'] = d[2]
        f['city'] = c['name'][2]
        f['region'] = c['prov'][2] if c['prov'] else None
        if o.get('caps'):
            for k in ('line1', 'line2', 'city', 'region'):
                if f[k]:
                    f[k] = f[k].upper()
    return f


def hk_addr(a, o):
    d = a['dist']
    st = a['street']
    f = {'line1': None, 'line2': None, 'city': None, 'region': None, 'postalCode': None, 'country': o.get('country')}
    if o['lang'] == 'zh_t':
        unit = a['unit'] + ('室' if a['unit'].isdigit() else '座')
        f['line1'] = d[0] + st[0] + str(a['no']) + '號' + a['bldg'][0] + '工業大廈' + str(a['floor']) + '樓' + unit
        f['city'] = d[2]
    else:
        bl = a['bldg'][1] + (' Industrial Building' if not o.get('var') else ' Ind. Bldg.')
        u = ('Unit %s' if a['unit'].isdigit() else 'Flat %s') % a['unit']
        sname = st[1] if not o.get('var') else st[1].replace('Road', 'Rd').replace('Street', 'St')
        f['line1'] = '%s, %d/F, %s' % (u, a['floor'], bl)
        f['line2'] = '%d %s' % (a['no'], sname)
        f['city'] = d[1]
        f['region'] = d[3]
        if o.get('caps'):
            for k in ('line1', 'line2', 'city', 'region'):
                if f[k]:
                    f[k] = f[k].upper()
    return f


def my_addr(a, o):
    t = a['town']
    st = a['street']
    if o.get('var'):
        st = st.replace('Jalan ', 'Jln. ').replace('Lorong ', 'Lrg. ')
    f = {'line1': ('No. %d, %s' if not o.get('var') else '%d, %s') % (a['no'], st), 'line2': a['estate'],
         'city': t[0], 'region': t[2] if t[0] != 'Kuala Lumpur' else None,
         'postalCode': t[1] if o.get('post', True) else None, 'country': o.get('country')}
    if o.get('zhcity'):
        f['city'] = t[0] + ' ' + t[3]
    if o.get('caps'):
        for k in ('line1', 'line2', 'city', 'region'):
            if f[k]:
                f[k] = f[k].upper()
    return f


def render_address(a, o):
    r = a['region']
    if r == 'TW':
        f = tw_addr(a, o)
    elif r == 'CN':
        f = cn_addr(a, o)
    elif r == 'HK':
        f = hk_addr(a, o)
    else:
        f = my_addr(a, o)
    if o.get('city_only'):
        f = {'line1': None, 'line2': None, 'city': city_name(a, o), 'region': None,
             'postalCode': None, 'country': f['country']}
    return f


def city_name(a, o):
    r = a['region']
    lang = o.get('lang', 'en')
    if r == 'TW':
        c = TW_CITY[a['city']]
        if lang == 'zh':
            z = c['zh'] if o.get('tai') != '臺' else c['zh'].replace('台', '臺')
            return CITY_ABBR.get(z, z) if o.get('city_abbr') else z
        return c['en'] if not o.get('cityshort') else c['en'].replace(' City', '').replace(' County', '')
    if r == 'CN':
        return a['cn']['name'][{'zh_s': 0, 'zh_t': 1}.get(lang, 2)]
    if r == 'HK':
        return a['dist'][0] if lang == 'zh_t' else a['dist'][1]
    return a['town'][0]


def key_like(a):
    """what a reader can compare across scripts: city, section, lane, alley, house number"""
    if a['region'] == 'TW':
        cc = {'HSQ': 'HSZ', 'CYQ': 'CYI'}.get(a['city'], a['city'])
        return ('TW', cc, a['sec'], a['lane'], a['alley'], a['no'])
    if a['region'] == 'HK':
        return ('HK', a['no'])
    return (a['region'], a['city'], a['no'])


# ---------------------------------------------------------------------------
# source styles.  A style fixes every presentational choice of one record.
# ---------------------------------------------------------------------------
SOURCES = ['order', 'export', 'reps', 'erp']
ADDR_ASPECTS = {
    'line1': ['lang', 'layout', 'fw', 'spaced', 'tai', 'old', 'rom', 'long', 'floorF', 'secdigit', 'city_abbr',
              'caps', 'var', 'nospace'],
    'line2': ['lang', 'layout', 'rom', 'long', 'caps', 'var'],
    'city': ['lang', 'layout', 'tai', 'old', 'city_abbr', 'cityshort', 'caps', 'zhcity', 'city_only'],
    'region': ['lang', 'layout', 'region_tw', 'caps', 'tai'],
    'postalCode': ['post', 'fw', 'layout'],
    'country': ['country'],
}


def _opts(pairs_by_cond):
    return wch([(k, w) for k, w, ok in pairs_by_cond if ok])


def person_dn_form(p, src):
    r = p['region']
    has_e = bool(p['eng'])
    has_es = has_e and bool(p['eng'][1])
    if r == 'TW':
        t = {'qbo': [('zh', 70, 1), ('zh_eng', 8, has_e), ('eng', 8, has_e), ('rom_gf', 5, 1), ('eng_zh', 3, has_e), ('zh_sp', 4, 1)],
             'order': [('zh', 45, 1), ('zh_hon', 25, 1), ('zh_sp', 5, 1), ('zh_eng', 5, has_e), ('zh_title', 8, 1)],
             'export': [('rom_gf', 25, 1), ('rom_ff', 15, 1), ('rom_caps', 10, 1), ('eng', 25, has_e), ('eng_full', 10, has_e),
                        ('eng_comma', 5, has_e), ('eng_caps', 5, has_e)],
             'reps': [('zh_title', 22, 1), ('zh_hon', 20, 1), ('zh', 25, 1), ('zh_given', 6, 1), ('zh_ah', 3, 1),
                      ('eng', 10, has_e), ('eng_short', 6, has_es)],
             'erp': [('zh', 60, 1), ('rom_caps', 25, 1), ('zh_sp', 15, 1)]}[src]
    elif r == 'CN':
        t = {'qbo': [('zh_s', 70, 1), ('rom_ff', 20, 1), ('eng', 10, has_e)],
             'order': [('zh_t', 60, 1), ('zh_s', 25, 1), ('zh_hon', 15, 1)],
             'export': [('rom_ff', 40, 1), ('rom_gf', 25, 1), ('rom_caps', 15, 1), ('eng', 20, has_e)],
             'reps': [('zh_s', 40, 1), ('zh_title', 30, 1), ('zh_t', 30, 1)],
             'erp': [('zh_s', 70, 1), ('rom_caps', 30, 1)]}[src]
    elif r == 'HK':
        t = {'qbo': [('rom_ff', 35, 1), ('eng_full', 25, has_e), ('eng', 20, has_e), ('zh_t', 20, 1)],
             'order': [('zh_t', 60, 1), ('zh_hon', 20, 1), ('eng', 20, has_e)],
             'export': [('rom_ff', 25, 1), ('rom_caps', 20, 1), ('eng_full', 25, has_e), ('eng', 20, has_e), ('rom_hk', 10, 1)],
             'reps': [('zh_title', 30, 1), ('eng', 40, has_e), ('zh_t', 30, 1)],
             'erp': [('rom_caps', 60, 1), ('zh_t', 40, 1)]}[src]
    else:
        t = {'qbo': [('rom_ff', 50, 1), ('eng_full', 20, has_e), ('eng', 20, has_e), ('zh_s', 10, 1)],
             'order': [('rom_ff', 40, 1), ('zh_s', 30, 1), ('zh_t', 30, 1)],
             'export': [('rom_ff', 40, 1), ('rom_caps', 20, 1), ('eng_full', 20, has_e), ('eng', 20, has_e)],
             'reps': [('rom_ff', 40, 1), ('eng', 40, has_e), ('zh_s', 20, 1)],
             'erp': [('rom_caps', 70, 1), ('zh_t', 30, 1)]}[src]
    return _opts(t)


def org_dn_form(o, src):
    k = o['kind']
    n = o['names']
    tn = bool(n.get('trade_name'))
    if k in ('company-tw', 'branch-tw'):
        t = {'qbo': [('short', 35, 1), ('zh', 45, 1), ('en', 10 if tn else 2, 1), ('zh_en', 4, 1)],
             'order': [('zh', 45, 1), ('short', 25, 1), ('gu', 15, '股份' in n['zh_t']), ('abbr', 5, 1), ('zh_contact', 10, o.get('contact'))],
             'export': [('en', 60, 1), ('en_short', 15, 1), ('en_abbr', 10, 1), ('en_caps', 10, 1), ('en_rom2', 5, not tn)],
             'reps': [('short', 35, 1), ('abbr', 20, 1), ('zh_contact', 30, o.get('contact')), ('gu', 15, '股份' in n['zh_t'])],
             'erp': [('zh', 50, 1), ('en_caps', 20, 1), ('gu', 15, '股份' in n['zh_t']), ('short', 15, 1)]}[src]
    elif k == 'company-cn':
        t = {'qbo': [('zh_s', 60, 1), ('short_s', 20, 1), ('en', 20, 1)],
             'order': [('zh_t', 50, 1), ('zh_s', 30, 1), ('short_t', 20, 1)],
             'export': [('en', 70, 1), ('en_caps', 15, 1), ('en_short', 15, 1)],
             'reps': [('short_s', 40, 1), ('short_t', 30, 1), ('zh_s', 30, 1)],
             'erp': [('zh_s', 50, 1), ('en_caps', 50, 1)]}[src]
    elif k in ('company-hk', 'company-my'):
        t = {'qbo': [('en', 60, 1), ('zh_t', 15, k == 'company-hk'), ('zh_en', 20, 1)],
             'order': [('zh_t', 40, 1), ('en', 40, 1), ('short_t', 20, 1)],
             'export': [('en', 70, 1), ('en_caps', 20, 1), ('en_short', 10, 1)],
             'reps': [('en_short', 50, 1), ('short_t', 30, 1), ('en', 20, 1)],
             'erp': [('en_caps', 70, 1), ('zh_t', 30, 1)]}[src]
    elif k == 'public-office' or (k == 'school' and o.get('unit')):
        t = {'qbo': [('zh_sep', 40, 1), ('short_sep', 40, 1), ('zh', 20, 1)],
             'order': [('zh', 50, 1), ('short', 30, 1), ('zh_sep', 20, 1)],
             'export': [('en', 80, 1), ('en_short', 20, 1)],
             'reps': [('short', 50, 1), ('abbr', 30, k == 'public-office'), ('short_sep', 20, 1)],
             'erp': [('zh', 70, 1), ('short', 30, 1)]}[src]
    elif k in ('temple', 'clinic'):
        t = {'qbo': [('place_short', 75, 1), ('short', 25, 1)],
             'order': [('short', 50, 1), ('zh', 30, 1), ('place_short', 20, 1)],
             'export': [('en', 80, 1), ('en_rom2', 20, 1)],
             'reps': [('place_short', 50, 1), ('short', 50, 1)],
             'erp': [('zh', 80, 1), ('short', 20, 1)]}[src]
    else:  # hospital, school without unit
        t = {'qbo': [('short', 50, 1), ('zh', 40, 1), ('zh_unit', 10, k == 'hospital')],
             'order': [('zh', 50, 1), ('short', 30, 1), ('zh_unit', 20, k == 'hospital')],
             'export': [('en', 80, 1), ('en_rom2', 20, 1)],
             'reps': [('short', 60, 1), ('zh_unit', 40, k == 'hospital')],
             'erp': [('zh', 80, 1), ('short', 20, 1)]}[src]
    return _opts(t)


def org_cn_form(o, src, dn):
    k = o['kind']
    if src == 'export' or dn in ('en', 'en_caps', 'en_abbr', 'en_short', 'en_rom2'):
        if dn in ('en', 'en_caps', 'en_abbr', 'en_rom2'):
            return dn
        return 'en'
    if dn == 'zh_en':
        return ch(['zh', 'en'])
    if k in ('company-hk', 'company-my') and src == 'qbo':
        return 'en'
    if src == 'reps':
        return wch([('short', 50), ('zh', 40), ('abbr', 10)]) if k in ('company-tw', 'branch-tw') else wch([('short', 50), ('zh', 50)])
    if src == 'erp':
        return wch([('zh', 70), ('gu', 30 if '股份' in o['names']['zh_t'] else 0)])
    if k == 'company-cn':
        return 'zh_s' if src == 'qbo' else wch([('zh_t', 60), ('zh_s', 40)])
    if k in ('temple', 'clinic') and src == 'qbo':
        return 'short'
    if dn in ('zh_sep', 'short_sep') and src == 'qbo':
        return 'zh'
    return wch([('zh', 80), ('gu', 20 if '股份' in o['names']['zh_t'] and src == 'order' else 0)])


def addr_style(e, src, lang=None):
    r = e['addr']['region']
    o = {}
    if r == 'TW':
        lang = lang or {'qbo': wch([('zh', 85), ('en', 15)]), 'order': 'zh', 'export': 'en',
                        'reps': wch([('zh', 90), ('en', 10)]), 'erp': wch([('zh', 80), ('en', 20)])}[src]
        o['lang'] = lang
        if lang == 'zh':
            o['layout'] = {'qbo': wch([('L2', 50), ('L1', 25), ('L3', 15), ('L5', 10)]),
                           'order': wch([('L1', 50), ('L2', 30), ('L4', 20)]),
                           'reps': wch([('L1', 40), ('L4', 40), ('L2', 20)]),
                           'erp': wch([('L1', 40), ('L4', 30), ('L3', 30)])}.get(src, 'L2')
            o['spaced'] = chance({'qbo': 0.25, 'order': 0.45, 'reps': 0.2, 'erp': 0.1}.get(src, 0.3))
            o['tai'] = '臺' if chance({'qbo': 0.2, 'order': 0.45, 'reps': 0.1, 'erp': 0.15}.get(src, 0.2)) else '台'
            o['fw'] = chance({'erp': 0.45, 'order': 0.05}.get(src, 0.0))
            o['old'] = chance({'erp': 0.6, 'reps': 0.1, 'order': 0.05}.get(src, 0.0))
            o['floorF'] = chance(0.2 if src in ('reps', 'order') else 0.05)
            o['secdigit'] = chance(0.15 if src in ('reps', 'erp') else 0.03)
            o['city_abbr'] = chance(0.25) if src == 'reps' else False
        else:
            o['layout'] = wch([('E1', 45), ('E2', 30), ('E3', 15), ('E4', 10)])
            o['rom'] = wch([('py', 70), ('alt0', 20), ('alt1', 10)]) if src != 'erp' else wch([('alt0', 60), ('alt1', 20), ('py', 20)])
            o['long'] = chance(0.3)
            o['nospace'] = chance(0.2)
            o['cityshort'] = chance(0.3)
            o['caps'] = (src == 'erp' and chance(0.7))
            o['old'] = chance({'erp': 0.5}.get(src, 0.0))
        o['post'] = wch({'qbo': [('3', 55), ('5', 20), ('6', 10), (None, 15)],
                         'order': [('3', 40), ('5', 20), ('6', 25), (None, 15)],
                         'export': [('3', 60), ('5', 15), ('6', 10), (None, 15)],
                         'reps': [('3', 20), (None, 80)],
                         'erp': [('5', 50), ('3', 40), (None, 10)]}[src])
        o['country'] = wch(TW_COUNTRY) if src != 'export' else wch([('Taiwan', 40), ('Taiwan (R.O.C.)', 20), ('TW', 25), ('Taiwan, Province of China', 10), ('R.O.C.', 5)])
        if src == 'reps' and o['country'] not in (None, '台灣', 'TW'):
            o['country'] = None
        o['region_tw'] = ch(['Taiwan', '台灣']) if (o['layout'] in ('L1', 'L2', 'E1', 'E2') and chance(0.1)) else None
    elif r == 'CN':
        lang = lang or {'qbo': wch([('zh_s', 70), ('en', 30)]), 'order': wch([('zh_t', 70), ('zh_s', 30)]), 'export': 'en',
                        'reps': wch([('zh_s', 60), ('zh_t', 40)]), 'erp': wch([('zh_s', 50), ('en', 50)])}[src]
        o['lang'] = lang
        o['layout'] = wch([('C1', 60), ('C2', 25), ('C3', 15)])
        o['spaced'] = chance(0.3)
        o['post'] = chance(0.7)
        o['var'] = chance(0.4)
        o['caps'] = src == 'erp' and chance(0.6)
        o['country'] = wch([('CN', 25), ('China', 25), ('中国', 15), ('中國', 10), ('P.R. China', 10), ('P.R.C.', 5), (None, 10)])
    elif r == 'HK':
        lang = lang or {'qbo': wch([('en', 80), ('zh_t', 20)]), 'order': wch([('zh_t', 50), ('en', 50)]), 'export': 'en',
                        'reps': wch([('en', 60), ('zh_t', 40)]), 'erp': 'en'}[src]
        o['lang'] = lang
        o['var'] = chance(0.4)
        o['caps'] = src == 'erp' and chance(0.6)
        o['country'] = wch([('Hong Kong', 40), ('HK', 25), ('香港', 15), ('Hong Kong SAR', 10), (None, 10)])
    else:
        o['lang'] = 'en'
        o['var'] = chance(0.35)
        o['post'] = chance(0.9)
        o['zhcity'] = src == 'order' and chance(0.3)
        o['caps'] = src == 'erp' and chance(0.6)
        o['country'] = wch([('Malaysia', 50), ('MY', 30), ('馬來西亞', 10), (None, 10)])
    return o


def choose_style(e, src):
    st = {'src': src}
    r = e['region']
    if e['cat'] == 'person':
        st['dn'] = person_dn_form(e, src)
        st['rom'] = e['rom'] if (src != 'reps' or r != 'TW' or chance(0.7)) else ch(['wg', 'py'])
        st['gs'] = e['given_style'] if src != 'erp' else 'hyphen'
        st['hus'] = e['hus_in_name'] if chance(0.8) else (not e['hus_in_name'])
        st['hon_sp'] = chance(0.3)
        st['gf'] = wch({'qbo': [('dn', 92), ('none', 8)], 'order': [('dn', 80), ('none', 20)],
                        'export': [('dn', 85), ('none', 15)], 'reps': [('dn', 60), ('none', 40)],
                        'erp': [('dn', 55), ('none', 45)]}[src])
        has_land = bool(e.get('land'))
        st['ph'] = wch({'qbo': [('mob', 55), ('land', 25 if has_land else 0), ('both', 12 if has_land else 0), ('none', 8)],
                        'order': [('mob', 60), ('land', 25 if has_land else 0), ('both', 5 if has_land else 0), ('none', 10)],
                        'export': [('mob', 70), ('land', 15 if has_land else 0), ('none', 15)],
                        'reps': [('mob', 55), ('mob_line', 15 if r == 'TW' else 0), ('line', 10 if r == 'TW' else 0),
                                 ('land', 5 if has_land else 0), ('none', 15)],
                        'erp': [('mob', 40), ('land', 40 if has_land else 0), ('none', 20)]}[src])
        st['em'] = wch({'qbo': [('primary', 80), ('none', 20)], 'order': [('primary', 70), ('none', 30)],
                        'export': [('primary', 90), ('none', 10)], 'reps': [('primary', 30), ('none', 70)],
                        'erp': [('primary', 50), ('none', 50)]}[src])
        st['ad_on'] = chance({'qbo': 0.85, 'order': 0.85, 'export': 0.8, 'reps': 0.45, 'erp': 0.7}[src])
    else:
        st['dn'] = org_dn_form(e, src)
        st['cn'] = org_cn_form(e, src, st['dn'])
        st['cf'] = 'none'
        if e.get('contact'):
            st['cf'] = wch({'qbo': [('zh', 60), ('rom', 10), ('none', 30)], 'order': [('zh', 60), ('none', 40)],
                            'export': [('rom', 30), ('eng', 30), ('none', 40)], 'reps': [('zh', 40), ('title', 40), ('none', 20)],
                            'erp': [('zh', 30), ('none', 70)]}[src])
            if r in ('HK', 'MY') and st['cf'] == 'zh' and chance(0.6):
                st['cf'] = 'rom'
            if r == 'TW' and e['kind'] not in ('company-tw', 'branch-tw') and st['cf'] in ('rom', 'eng') and src != 'export':
                st['cf'] = 'zh'
        has_mob = bool(e.get('mobile'))
        has_fax = bool(e.get('fax'))
        st['ph'] = wch({'qbo': [('main', 70), ('main_fax', 15 if has_fax else 0), ('mob', 8 if has_mob else 0), ('none', 5)],
                        'order': [('main', 60), ('main_fax', 20 if has_fax else 0), ('mob', 10 if has_mob else 0), ('none', 10)],
                        'export': [('main', 75), ('main_fax', 10 if has_fax else 0), ('none', 15)],
                        'reps': [('main', 35), ('mob', 45 if has_mob else 0), ('main_mob', 10 if has_mob else 0), ('none', 10)],
                        'erp': [('main', 40), ('main_fax', 40 if has_fax else 0), ('none', 20)]}[src])
        st['em'] = wch({'qbo': [('primary', 85), ('none', 15)], 'order': [('primary', 70), ('none', 30)],
                        'export': [('primary', 85), ('none', 15)], 'reps': [('primary', 35), ('none', 65)],
                        'erp': [('primary', 40), ('none', 60)]}[src])
        st['ad_on'] = chance({'qbo': 0.9, 'order': 0.85, 'export': 0.85, 'reps': 0.5, 'erp': 0.75}[src])
    st['ad'] = addr_style(e, src)
    if src == 'reps' and st['ad_on'] and chance(0.35):
        st['ad']['city_only'] = True
    ph0 = e['mobile'] if e['cat'] == 'person' else e['phone']
    if src in ('export',):
        st['pf'] = 'intl_sp' if chance(0.6) else ch(['intl', 'e164', 'intl_zero'] if r == 'TW' else ['intl', 'e164'])
    elif src == 'erp':
        st['pf'] = ch(['plain', 'dash1', 'paren'] if r == 'TW' else ['plain', 'dash'])
    elif src == 'qbo':
        st['pf'] = wch([('dash', 50), ('paren', 20), ('plain', 10), ('intl_sp', 10), ('sp', 10)])
    else:
        st['pf'] = ch(phone_formats(ph0))
    st['pf2'] = ch(phone_formats(ph0))
    st['ext'] = ch(EXT_FMT)
    st['faxlbl'] = ch(['{p} / Fax {f}', 'TEL:{p} FAX:{f}', '電話:{p} 傳真:{f}', '{p}(傳真{f})', 'Tel {p}, Fax {f}', '{p} 傳真 {f}'])
    st['sep'] = ch([' / ', ', ', '; ', ' 或 '])
    st['linelbl'] = ch(['LINE: {l}', 'Line ID: {l}', 'line:{l}', 'LINE ID {l}', '賴 {l}'])
    st['mob_line'] = ch(['{p} (LINE同)', '{p} LINE同號', '{p} / LINE: {l}'])
    return st


# ---------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------
FIELDS = ['displayName', 'givenName', 'familyName', 'companyName', 'email', 'phone']
ADDR_SUB = ['line1', 'line2', 'city', 'region', 'postalCode', 'country']
TITLE_HON = {'m': '先生', 'f': '小姐'}


def contact_names(c, form, rom=None):
    if c is None or form == 'none':
        return None, None
    if form == 'zh':
        sz, gz = person_zh(c, c['region'] in ('CN', 'MY'))
        return gz, sz
    if form == 'title':
        sz, gz = person_zh(c, c['region'] in ('CN', 'MY'))
        return None, sz + (c.get('title') or TITLE_HON[c['gender']])
    rs = rom_sur(c['sur'], rom or c['rom'])
    if form == 'eng' and c['eng']:
        return c['eng'][0], rs
    return rom_given(c['given'], rom or c['rom'], c['given_style']), rs


def phone_str(e, st):
    w = st['ph']
    if w == 'none':
        return None
    if e['cat'] == 'person':
        mob = render_phone(e['mobile'], st['pf'])
        if w in ('land', 'both') and not e.get('land'):
            w = 'mob'
        if w == 'mob':
            return mob
        if w == 'land':
            return render_phone(e['land'], st['pf'] if st['pf'] in TW_PFMT_LAND else local_fmt(e['land']))
        if w == 'both':
            return mob + st['sep'] + render_phone(e['land'], st['pf2'] if st['pf2'] in TW_PFMT_LAND else local_fmt(e['land']))
        if w == 'line':
            return st['linelbl'].format(l=e['line'])
        if w == 'mob_line':
            return st['mob_line'].format(p=mob, l=e['line'])
        return mob
    main = render_phone(e['phone'], st['pf'], st['ext'])
    if w == 'main':
        return main
    if w == 'main_fax' and e.get('fax'):
        return st['faxlbl'].format(p=main, f=render_phone(e['fax'], st['pf']))
    if w == 'mob' and e.get('mobile'):
        return render_phone(e['mobile'], st['pf2'])
    if w == 'main_mob' and e.get('mobile'):
        return main + st['sep'] + render_phone(e['mobile'], st['pf2'])
    return main


def render(e, st):
    c = {f: None for f in FIELDS}
    form = {}
    if e['cat'] == 'person':
        dn, gv, fm = person_name(e, st['dn'], rom=st['rom'], gstyle=st['gs'], hus=st['hus'], hon_sp=st['hon_sp'])
        c['displayName'] = dn
        if st['gf'] == 'dn':
            c['givenName'], c['familyName'] = gv, fm
        nf = {'form': st['dn'], 'rom': st['rom'] if st['dn'][:3] in ('rom', 'eng') else '-', 'hus': st['hus'] if e['hus'] else '-'}
        form['displayName'] = dict(nf)
        form['givenName'] = dict(nf, gf=st['gf'])
        form['familyName'] = dict(nf, gf=st['gf'])
    else:
        dnf = st['dn']
        if dnf == 'zh_contact':
            ct = e['contact']
            sz, gz = person_zh(ct, ct['region'] in ('CN', 'MY'))
            lab = ch([sz + (ct.get('title') or TITLE_HON[ct['gender']]), sz + gz])
            dn = org_name(e, 'short') + ch(['(%s)', '-%s', ' %s', '/%s']) % lab
        else:
            dn = org_name(e, dnf)
        c['displayName'] = dn
        c['companyName'] = org_name(e, st['cn']) if st['cn'] != dnf or dnf in ('gu', 'place_short', 'zh_sep', 'short_sep', 'zh_contact') else dn
        c['givenName'], c['familyName'] = contact_names(e.get('contact'), st['cf'])
        form['displayName'] = {'form': dnf}
        form['companyName'] = {'form': st['cn']}
        form['givenName'] = {'contact': st['cf']}
        form['familyName'] = {'contact': st['cf']}
    c['email'] = e['email'] if st['em'] == 'primary' else (e.get('email_alt') if st['em'] == 'alt' else None)
    form['email'] = {'which': st['em']}
    c['phone'] = phone_str(e, st)
    form['phone'] = {'which': st['ph'], 'fmt': st['pf']}
    if e['cat'] == 'org' and e['phone'].get('ext') and st['ph'] in ('main', 'main_fax', 'main_mob'):
        form['phone']['ext'] = st['ext'].strip().replace('{}', 'N')
    if st['ad_on']:
        c['address'] = render_address(e['addr'], st['ad'])
    else:
        c['address'] = None
    for sub in ADDR_SUB:
        form['address.' + sub] = {k: st['ad'].get(k) for k in ADDR_ASPECTS[sub]}
    form['address'] = {'present': st['ad_on']}
    rec = {'c': c, 'form': form, 'tags': {}, 'e': e, 'st': st}
    return rec


def getf(rec, f):
    c = rec['c']
    if f.startswith('address.'):
        a = c['address']
        return a[f[8:]] if a else None
    return c[f]


def setf(rec, f, v, tag=None):
    c = rec['c']
    if f.startswith('address.'):
        if c['address'] is None:
            return
        c['address'][f[8:]] = v
    else:
        c[f] = v
    if tag:
        rec['tags'].setdefault(f, [])
        if tag not in rec['tags'][f]:
            rec['tags'][f].append(tag)


def tag(rec, f, t):
    rec['tags'].setdefault(f, [])
    if t not in rec['tags'][f]:
        rec['tags'][f].append(t)


def norm_record(rec):
    """empty strings -> None, address with only None -> None"""
    c = rec['c']
    for f in FIELDS:
        if isinstance(c[f], str):
            v = c[f].strip()
            c[f] = v if v else None
    a = c['address']
    if a is not None:
        for k in ADDR_SUB:
            if isinstance(a[k], str):
                v = a[k].strip()
                a[k] = v if v else None
        if all(a[k] is None for k in ADDR_SUB):
            c['address'] = None


def diff_fields(ra, rb):
    out = []
    for f in FIELDS:
        if getf(ra, f) != getf(rb, f):
            out.append(f)
    aa, ab = ra['c']['address'], rb['c']['address']
    if (aa is None) != (ab is None):
        out.append('address')
    elif aa is not None:
        for s in ADDR_SUB:
            if aa[s] != ab[s]:
                out.append('address.' + s)
    return out


def _nv(v):
    return None if v in (None, False, '', '-') else v


def _fmtv(v):
    v = _nv(v)
    if v is None:
        return 'none'
    if v is True:
        return 'yes'
    return str(v)


def changes(ra, rb):
    """list of 'field:what' for fields of rb that differ from ra"""
    res = []
    for f in diff_fields(ra, rb):
        tags = []
        if f == 'address':
            tags.append('dropped' if rb['c']['address'] is None else 'added')
            tags += [t for t in rb['tags'].get('address', []) + ra['tags'].get('address', []) if t not in tags]
        else:
            fa, fb = ra['form'].get(f, {}), rb['form'].get(f, {})
            keys = list(fa) + [k for k in fb if k not in fa]
            if f.startswith('address.') and _nv(fa.get('lang')) != _nv(fb.get('lang')):
                keys = ['lang']
            elif f.startswith('address.') and _nv(fa.get('layout')) != _nv(fb.get('layout')) and f != 'address.line1':
                keys = ['layout'] + [k for k in keys if k not in ('layout', 'lang')]
            if getf(rb, f) is None or getf(ra, f) is None:
                keys = []
            for k in keys:
                if _nv(fa.get(k)) != _nv(fb.get(k)):
                    tags.append('%s %s>%s' % (k, _fmtv(fa.get(k)), _fmtv(fb.get(k))))
            for t in ra['tags'].get(f, []) + rb['tags'].get(f, []):
                if t not in tags:
                    tags.append(t)
            if getf(rb, f) is None and 'dropped' not in tags:
                tags.append('missing')
            if getf(ra, f) is None and getf(rb, f) is not None and not tags:
                tags.append('added')
        if not tags:
            tags = ['other-customer' if ra['e']['id'] != rb['e']['id'] else 'variant']
        for t in tags:
            res.append('%s:%s' % (f, t))
    return res


# ---- evidence ---------------------------------------------------------------
def _nsn(d):
    if d.startswith('00'):
        d = d[2:]
    elif d.startswith('886'):
        d = d[3:]
    elif d.startswith('852') and len(d) == 11:
        d = d[3:]
    elif d.startswith('86') and len(d) >= 12:
        d = d[2:]
    elif d.startswith('60') and 10 <= len(d) <= 12:
        d = d[2:]
    return d.lstrip('0')


def phone_numbers(s):
    """national numbers in a phone field, faxes excluded"""
    if not s:
        return []
    import re
    import unicodedata
    s = unicodedata.normalize('NFKC', s)
    out = []
    last = 0
    for m in re.finditer(r'\+?\(?\d[\d()\- ]{5,}\d', s):
        lead = s[last:m.start()].lower()
        last = m.end()
        d = re.sub(r'\D', '', m.group(0))
        if len(d) < 8:
            continue
        if 'fax' in lead or '傳真' in lead or '传真' in lead:
            continue
        out.append(_nsn(d))
    return out


def evidence(ra, rb):
    ev = []
    ea, eb = ra['c']['email'], rb['c']['email']
    if ea and eb and ea.strip().casefold() == eb.strip().casefold():
        ev.append('email')
    pa, pb = phone_numbers(ra['c']['phone']), phone_numbers(rb['c']['phone'])
    if any(x in pb for x in pa):
        ev.append('phone')
    if addr_same(ra, rb):
        ev.append('address')
    return ev


def addr_same(ra, rb):
    aa, ab = ra['c']['address'], rb['c']['address']
    if not aa or not ab:
        return False
    if ra['e']['addr'] is not rb['e']['addr'] and not same_place(ra['e']['addr'], rb['e']['addr']):
        return False
    if ra['st']['ad'].get('city_only') or rb['st']['ad'].get('city_only'):
        return False
    if 'address:house-number-lost' in ra['tags'].get('_', []) + rb['tags'].get('_', []):
        return False
    return True


def same_place(a, b):
    if a['region'] != b['region'] or a['city'] != b['city']:
        return False
    if a['region'] == 'TW':
        return (a['dist']['zh'], a['street']['zh'], a['sec'], a['no']) == (b['dist']['zh'], b['street']['zh'], b['sec'], b['no'])
    if a['region'] == 'HK':
        return (a['street'], a['no']) == (b['street'], b['no'])
    return (a['street'], a['no']) == (b['street'], b['no'])


# ---------------------------------------------------------------------------
# population
# ---------------------------------------------------------------------------
WORLD = {'groups': [], 'agents': [], 'bodies': [], 'schools_units': [], 'branch_parents': []}


def new_entity(e):
    e['id'] = new_id()
    return e


def group_mailbox(lead):
    core = lead['names']['core']
    if lead.get('domain') and chance(0.6):
        dom = lead['domain']
        base = ch(['acc', 'account', 'accounting', 'finance', 'ap'])
        e = base + '@' + dom
        if e in USED_EMAIL:
            e = base + _digits(2) + '@' + dom
    else:
        e = (core['wgj'].lower() if core else 'grp') + ch(['.acc', '.acct', '_acc', 'group']) + '@' + ch(['msa.hinet.net', 'gmail.com', 'ms22.hinet.net'])
        if e in USED_EMAIL:
            e = e.replace('@', _digits(2) + '@')
    USED_EMAIL[e] = 1
    return e


def gen_tw_persons(n, ents):
    out = []
    # couples and parent/child pairs that are both customers
    k = 0
    while k < n:
        r = RNG.random()
        if r < 0.05 and k + 2 <= n:
            h = make_person('TW', gender='m')
            w = make_person('TW', gender='f', addr=h['addr'], land_p=0)
            w['land'] = h['land']
            if chance(0.4):
                w['hus'], w['hus_in_name'] = h['sur'], chance(0.5)
            h['household'] = w['household'] = [h, w]
            out += [h, w]
            k += 2
        elif r < 0.08 and k + 2 <= n:
            f = make_person('TW', gender='m')
            s = make_person('TW', gender='m', sur=f['sur'], addr=f['addr'], land_p=0)
            s['land'] = f['land']
            f['household'] = s['household'] = [f, s]
            out += [f, s]
            k += 2
        else:
            out.append(make_person('TW'))
            k += 1
    for p in out:
        ents.append(new_entity(p))


def build_world():
    ents = []
    # --- Taiwanese companies -------------------------------------------------
    # groups (關係企業) sharing an accounting mailbox
    for gi in range(46):
        lead = make_tw_company(form=ch(['gufen', 'youxian']), no_prefix=True)
        gm = group_mailbox(lead)
        grp = {'lead': lead, 'mail': gm, 'members': [lead]}
        lead['email_alt'] = lead['email']
        lead['email'] = gm
        lead['group'] = grp
        ents.append(new_entity(lead))
        if gi < 30:
            mainland = gi % 3 == 0
            m = make_group_member(lead, mainland=mainland, share_addr=chance(0.6))
            m['email_alt'] = m['email']
            m['email'] = gm
            m['group'] = grp
            grp['members'].append(m)
            ents.append(new_entity(m))
        WORLD['groups'].append(grp)
    # bookkeepers / managers with several client firms
    for ai in range(10):
        ag = make_agent()
        ag['clients'] = []
        for _ in range(2 if ai % 3 else 3):
            o = make_tw_company(city=ag['city'] if chance(0.7) else None,
                                form=ch(['qiyeshe', 'hang', 'youxian', 'shanghang']))
            o['email_alt'] = o['email']
            o['email'] = ag['email']
            o['phone_own'] = o['phone']
            o['phone'] = dict(ag['phone'])
            o['fax'] = None
            o['agent'] = ag
            ag['clients'].append(o)
            ents.append(new_entity(o))
        WORLD['agents'].append(ag)
    n_tw = sum(1 for x in ents if x['kind'] == 'company-tw')
    # branches (分公司) that are customers of their own
    for bi in range(30):
        parent = make_tw_company(form=ch(['gufen', 'gufen', 'youxian']), no_prefix=True)
        if parent['names']['core'] is None:
            continue
        br = make_branch(parent)
        if bi < 20:
            ents.append(new_entity(parent))
            n_tw += 1
        ents.append(new_entity(br))
        WORLD['branch_parents'].append(parent)
    while n_tw < 540:
        ents.append(new_entity(make_tw_company()))
        n_tw += 1
    # --- mainland, HK, MY -----------------------------------------------------
    n_cn = sum(1 for x in ents if x['kind'] == 'company-cn')
    while n_cn < 90:
        ents.append(new_entity(make_cn_company()))
        n_cn += 1
    for _ in range(50):
        ents.append(new_entity(make_hk_company()))
    for _ in range(40):
        ents.append(new_entity(make_my_company()))
    # --- schools ---------------------------------------------------------------
    used_school = {}
    k = 0
    while k < 40:
        nm = ch(SCHOOL_NAMES)
        code = wch(TW_CITY_W)
        lv = wch([('es', 3), ('jh', 3), ('voc', 4), ('sh', 2)])
        key = (nm, code, lv)
        if key in used_school:
            continue
        used_school[key] = 1
        if lv == 'voc' and k <= 36 and chance(0.6):
            first = make_school(code, nm, lv, SCHOOL_UNITS[0])
            second = make_school(code, nm, lv, SCHOOL_UNITS[1], addr=first['addr'], phone=first['phone'])
            second['email'] = _free_mail_org(first['names']['school_py'].lower().replace("'", '')[:8] + 'pt' + _digits(2))
            ents.append(new_entity(first))
            ents.append(new_entity(second))
            WORLD['schools_units'].append([first, second])
            k += 2
        else:
            s = make_school(code, nm, lv)
            ents.append(new_entity(s))
            if s['unit']:
                WORLD['schools_units'].append([s])
            k += 1
    # --- hospitals, clinics, temples -----------------------------------------------
    for _ in range(15):
        ents.append(new_entity(make_hospital()))
    clinic_names = [(ch(HOSP_NAMES), ch(CLINIC_TYPES)) for _ in range(18)]
    for i in range(30):
        ents.append(new_entity(make_clinic(name=clinic_names[i % 18] if i >= 18 else clinic_names[i])))
    for i in range(30):
        t = wch([(TEMPLE_NAMES[0], 8), (TEMPLE_NAMES[1], 3), (TEMPLE_NAMES[8], 3)] + [(x, 1) for x in TEMPLE_NAMES[2:8] + TEMPLE_NAMES[9:]])
        ents.append(new_entity(make_temple(name=t)))
    # --- township offices and their sections ---------------------------------------
    k = 0
    bi = 0
    bodies = list(TOWNSHIP_BODIES)
    RNG.shuffle(bodies)
    while k < 35:
        body = bodies[bi % len(bodies)]
        bi += 1
        secs = list(SECTIONS)
        RNG.shuffle(secs)
        nsec = min(ch([2, 2, 3]), 35 - k)
        first = make_township(body, secs[0])
        members = [first]
        ents.append(new_entity(first))
        for s in secs[1:nsec]:
            o = make_township(body, s, addr=first['addr'], phone=first['phone'])
            members.append(o)
            ents.append(new_entity(o))
        WORLD['bodies'].append({'body': body, 'members': members, 'unused': secs[nsec:]})
        k += nsec
    # --- persons ---------------------------------------------------------------------
    gen_tw_persons(480, ents)
    for reg, n in (('CN', 50), ('HK', 35), ('MY', 35)):
        for _ in range(n):
            ents.append(new_entity(make_person(reg)))
    return ents


def ensure_contactable(rec):
    c = rec['c']
    if c['email'] or c['phone'] or c['address']:
        return
    st = rec['st']
    st['ad_on'] = True
    st['ad'].pop('city_only', None)
    c['address'] = render_address(rec['e']['addr'], st['ad'])
    rec['form']['address'] = {'present': True}


def place_label(e):
    a = e['addr']
    if a['region'] == 'TW':
        return ch([TW_CITY[a['city']]['zh'][:2], tw_place_short(a['dist'])])
    if a['region'] == 'CN':
        return a['cn']['name'][0][:2]
    if a['region'] == 'HK':
        return a['dist'][1]
    return a['town'][0]


def disambiguate(rec, seen):
    dn = rec['c']['displayName']
    if dn.casefold() not in seen:
        return
    e = rec['e']
    pl = place_label(e)
    cands = [dn + '(' + pl + ')', dn + ' (' + pl + ')', dn + '-' + pl]
    if e['cat'] == 'person':
        cands += [dn + ' ' + e['mobile']['nsn'][-4:], dn + '-' + e['mobile']['nsn'][-3:]]
    cands += [dn + ' 2', dn + '(2)', dn + ' (3)', dn + '-3', dn + '_' + e['id'][-3:]]
    for cnd in cands:
        if cnd.casefold() not in seen:
            rec['c']['displayName'] = cnd
            rec['form']['displayName'] = dict(rec['form']['displayName'], suffix='qbo-disambiguation')
            return
    raise RuntimeError('display name')


def build_existing(ents):
    recs = []
    seen = {}
    for e in ents:
        st = choose_style(e, 'qbo')
        rec = render(e, st)
        norm_record(rec)
        ensure_contactable(rec)
        disambiguate(rec, seen)
        seen[rec['c']['displayName'].casefold()] = 1
        e['qbo'] = rec
        recs.append(rec)
    recs.sort(key=lambda r: r['c']['displayName'].casefold())
    for i, r in enumerate(recs):
        r['e']['qbo_index'] = i
    return recs


# ---------------------------------------------------------------------------
# mutations (typing errors and the like).  Each returns True when applied.
# ---------------------------------------------------------------------------
KEYB = {'a': 'qsz', 'b': 'vgn', 'c': 'xdv', 'd': 'sfe', 'e': 'wrd', 'f': 'dgr', 'g': 'fht', 'h': 'gjy',
        'i': 'uok', 'j': 'hku', 'k': 'jli', 'l': 'ko', 'm': 'n', 'n': 'bm', 'o': 'ipl', 'p': 'o',
        'q': 'wa', 'r': 'etf', 's': 'adw', 't': 'ryg', 'u': 'yij', 'v': 'cb', 'w': 'qes', 'x': 'zc',
        'y': 'tu', 'z': 'xa'}


def is_cjk(c):
    return '\u3400' <= c <= '\u9fff'


def has_cjk(s):
    return any(is_cjk(c) for c in s)


def city_tokens():
    toks = []
    for c in TW_CITIES:
        z = c['zh'][:2]
        toks += [z, z.replace('台', '臺'), c['en'].replace(' City', '').replace(' County', '')]
        if c['old_zh']:
            toks += [c['old_zh'], c['old_zh'].replace('台', '臺'), c['old_en']]
    toks += list(CITY_ABBR.values())
    for c in CN_CITIES:
        toks += [c['name'][0][:2], c['name'][1][:2], c['name'][2]]
    for d in HK_DISTS:
        toks += [d[0], d[1], d[2], d[3]]
    toks += ['香港', 'Hong Kong']
    for t in MY_TOWNS:
        toks += [t[0], t[2], t[3]]
    toks += [to_simp(t) for t in toks]
    out = []
    for t in toks:
        if t not in out:
            out.append(t)
    return out


CITY_TOKENS = None


STRUCT_RE = None


def protected_idx(s):
    global CITY_TOKENS, STRUCT_RE
    import re
    if CITY_TOKENS is None:
        CITY_TOKENS = city_tokens()
        STRUCT_RE = re.compile(r'\bno\b\.?|\b(?:road|street|rd|st|jalan|jln|lorong|lrg|lintang|avenue|ln|lane|aly|alley|sec|section)\b', re.I)
    prot = {}
    for m in STRUCT_RE.finditer(s):
        for k in range(m.start(), m.end()):
            prot[k] = 1
    low = s.casefold()
    for t in CITY_TOKENS:
        tl = t.casefold()
        st = 0
        while True:
            j = low.find(tl, st)
            if j < 0:
                break
            for k in range(j, j + len(tl)):
                prot[k] = 1
            st = j + 1
    return prot


def typo_latin(s, protect_digits=True):
    prot = protected_idx(s)
    idx = [i for i, c in enumerate(s) if c.isalpha() and c.isascii() and i not in prot]
    if len(idx) < 3:
        return None
    i = ch(idx[1:])
    c = s[i]
    op = wch([('sub', 4), ('del', 3), ('swap', 3), ('dbl', 1)])
    if op == 'sub':
        nb = KEYB.get(c.lower())
        if not nb:
            return None
        r = ch(nb)
        r = r.upper() if c.isupper() else r
        out = s[:i] + r + s[i + 1:]
    elif op == 'del':
        out = s[:i] + s[i + 1:]
    elif op == 'swap':
        if i + 1 >= len(s) or not s[i + 1].isalpha() or s[i + 1].lower() == c.lower():
            return None
        out = s[:i] + s[i + 1] + c + s[i + 2:]
    else:
        out = s[:i] + c + s[i:]
    return out if out != s else None


def typo_zh(s, allow_drop=True):
    prot = protected_idx(s)
    idx = [i for i, c in enumerate(s) if c in HOMOPHONE and HOMOPHONE[c] and i not in prot]
    if idx and chance(0.8):
        i = ch(idx)
        return s[:i] + HOMOPHONE[s[i]] + s[i + 1:]
    cj = [i for i, c in enumerate(s) if is_cjk(c) and i not in prot]
    if len(cj) >= 4 and allow_drop:
        i = ch(cj[1:])
        return s[:i] + s[i + 1:]
    if idx:
        i = ch(idx)
        return s[:i] + HOMOPHONE[s[i]] + s[i + 1:]
    return None


def typo_any(s):
    if not s:
        return None
    if has_cjk(s) and (chance(0.8) or not any(c.isascii() and c.isalpha() for c in s)):
        return typo_zh(s)
    return typo_latin(s)


def m_typo(rec, f):
    v = getf(rec, f)
    if not v:
        return False
    if f == 'address.line1':
        # never touch the digits of an address
        out = typo_zh(v, allow_drop=False) if has_cjk(v) else typo_latin(v)
    else:
        out = typo_any(v)
    if not out or out == v:
        return False
    setf(rec, f, out, 'typo')
    return True


MAIL_DOM_TYPO = [('gmail.com', ['gmial.com', 'gmail.con', 'gamil.com', 'gmail.com.tw', 'gmai.com']),
                 ('yahoo.com.tw', ['yahoo.com', 'yaho.com.tw', 'yahoo.com.tw.', 'yahoo.tw']),
                 ('hinet.net', ['hinet.com', 'hient.net', 'hinet.net.tw']),
                 ('hotmail.com', ['hotmai.com', 'hotmail.com.tw', 'hotmial.com']),
                 ('qq.com', ['qq.con', 'qq.cn']), ('163.com', ['136.com', '163.con']),
                 ('.com.tw', ['.com', '.tw', '.com.t']), ('.com', ['.con', '.cm'])]


def m_typo_email(rec):
    v = rec['c']['email']
    if not v or '@' not in v:
        return False
    local, dom = v.split('@', 1)
    if chance(0.5):
        for a, bs in MAIL_DOM_TYPO:
            if dom.endswith(a):
                nd = dom[:len(dom) - len(a)] + ch(bs)
                setf(rec, 'email', local + '@' + nd, 'typo-domain')
                return True
    if '.' in local and chance(0.4):
        setf(rec, 'email', local.replace('.', '', 1) + '@' + dom, 'typo-local')
        return True
    out = typo_latin(local) if len(local) > 3 and not local.isdigit() else None
    if local.isdigit() and len(local) > 6:
        i = RNG.randrange(1, len(local) - 1)
        out = local[:i] + local[i + 1] + local[i] + local[i + 2:]
    if not out or out == local:
        return False
    setf(rec, 'email', out + '@' + dom, 'typo-local')
    return True


def m_digit_off(rec):
    v = rec['c']['phone']
    if not v:
        return False
    pos = [i for i, c in enumerate(v) if c.isdigit()]
    if len(pos) < 8:
        return False
    i = ch(pos[-6:])
    d = v[i]
    nd = str((int(d) + ch([1, 9, 2, 8])) % 10)
    if chance(0.4) and i + 1 < len(v) and v[i + 1].isdigit() and v[i + 1] != d:
        out = v[:i] + v[i + 1] + d + v[i + 2:]
        t = 'digits-transposed'
    else:
        out = v[:i] + nd + v[i + 1:]
        t = 'digit-off'
    setf(rec, 'phone', out, t)
    return True


def m_drop(rec, f):
    if f == 'address':
        if rec['c']['address'] is None:
            return False
        rec['c']['address'] = None
        tag(rec, 'address', 'dropped')
        return True
    if getf(rec, f) is None:
        return False
    setf(rec, f, None, 'dropped')
    return True


def m_swap_gf(rec):
    g, f = rec['c']['givenName'], rec['c']['familyName']
    if not g or not f or g == f:
        return False
    rec['c']['givenName'], rec['c']['familyName'] = f, g
    tag(rec, 'givenName', 'swapped-with-familyName')
    tag(rec, 'familyName', 'swapped-with-givenName')
    return True


def m_case(rec):
    cands = [f for f in ('displayName', 'email', 'address.line1', 'address.city', 'companyName', 'givenName', 'familyName')
             if getf(rec, f) and any(c.isascii() and c.isalpha() for c in getf(rec, f))]
    if not cands:
        return False
    f = ch(cands)
    v = getf(rec, f)
    op = ch(['upper', 'lower', 'title']) if f != 'email' else ch(['upper', 'mixed'])
    if op == 'upper':
        out = v.upper()
    elif op == 'lower':
        out = v.lower()
    elif op == 'title':
        out = v.title()
    else:
        loc, dom = v.split('@', 1) if '@' in v else (v, '')
        out = cap(loc) + ('@' + cap(dom) if dom else '')
    if out == v:
        return False
    setf(rec, f, out, 'case-' + op)
    return True


def m_accent(rec):
    cands = [f for f in ('displayName', 'familyName', 'address.line1', 'address.line2', 'address.city')
             if getf(rec, f) and ("'" in getf(rec, f) or 'ü' in getf(rec, f) or 'Ü' in getf(rec, f))]
    if not cands:
        return False
    f = ch(cands)
    v = getf(rec, f)
    op = ch(['drop', 'mangle', 'curly'])
    if op == 'drop':
        out = v.replace("'", '').replace('ü', 'u').replace('Ü', 'U')
    elif op == 'mangle':
        out = v.replace("'", '\u00e2\u20ac\u2122').replace('ü', '\u00c3\u00bc').replace('Ü', '\u00c3\u0153')
    else:
        out = v.replace("'", '\u2019').replace('ü', 'v')
    if out == v:
        return False
    setf(rec, f, out, 'accent-' + op)
    return True


def m_simp(rec):
    cands = [f for f in ('displayName', 'companyName', 'givenName', 'familyName', 'address.line1')
             if getf(rec, f) and to_simp(getf(rec, f)) != getf(rec, f)]
    if not cands:
        return False
    f = ch(cands)
    v = getf(rec, f)
    out = ''.join((T2S.get(c, c) if chance(0.6) else c) for c in v)
    if out == v:
        out = to_simp(v)
    setf(rec, f, out, 'simplified-characters')
    return True


def m_trad(rec):
    cands = [f for f in ('displayName', 'companyName', 'givenName', 'familyName', 'address.line1', 'address.city')
             if getf(rec, f) and to_trad(getf(rec, f)) != getf(rec, f)]
    if not cands:
        return False
    f = ch(cands)
    setf(rec, f, to_trad(getf(rec, f)), 'traditional-characters')
    return True


SIMP_ONLY = ''.join(sorted(set(v for v in T2S.values()) - set(T2S.keys())))


def m_lost(rec):
    """old Big5 ERP: characters it could not store became '?'"""
    done = False
    for f in ('displayName', 'companyName', 'givenName', 'familyName'):
        v = getf(rec, f)
        if not v:
            continue
        out = ''.join('?' if (c in RARE_CHARS or c in SIMP_ONLY) else c for c in v)
        if out != v:
            setf(rec, f, out, 'lost-characters')
            done = True
    if done:
        return True
    cands = [f for f in ('displayName', 'companyName') if getf(rec, f) and sum(1 for c in getf(rec, f) if is_cjk(c)) >= 3]
    if not cands:
        return False
    f = ch(cands)
    v = getf(rec, f)
    cj = [i for i, c in enumerate(v) if is_cjk(c)]
    i = ch(cj[1:])
    setf(rec, f, v[:i] + ch(['?', '\u25a1', '?']) + v[i + 1:], 'lost-characters')
    return True


def m_truncate(rec):
    cands = [f for f in ('companyName', 'displayName') if getf(rec, f) and len(getf(rec, f)) > 11]
    if not cands:
        return False
    f = ch(cands)
    v = getf(rec, f)
    n = 10 if has_cjk(v) else ch([20, 24])
    if len(v) <= n:
        return False
    setf(rec, f, v[:n].rstrip(), 'truncated')
    return True


def m_spaces(rec):
    cands = [f for f in ('displayName', 'companyName', 'address.line1') if getf(rec, f)]
    if not cands:
        return False
    f = ch(cands)
    v = getf(rec, f)
    if ' ' in v and chance(0.6):
        out = v.replace(' ', '', 1) if has_cjk(v) else v.replace(' ', '  ', 1)
    elif has_cjk(v):
        prot = protected_idx(v)
        cj = [i for i, c in enumerate(v) if is_cjk(c) and i not in prot and (i - 1) not in prot]
        if len(cj) < 2:
            return False
        i = ch(cj[1:])
        out = v[:i] + ch([' ', '\u3000']) + v[i:]
    else:
        out = ' ' + v if chance(0.3) else v.replace(',', ' ,', 1)
    if out == v or out.strip() == v:
        return False
    setf(rec, f, out, 'whitespace')
    return True


def m_fw(rec):
    cands = [f for f in ('phone', 'address.line1') if getf(rec, f) and any(c.isdigit() and c.isascii() for c in getf(rec, f))]
    if not cands:
        return False
    f = ch(cands)
    v = getf(rec, f)
    setf(rec, f, fullwidth(v), 'full-width-digits')
    return True


def m_tai(rec):
    cands = [f for f in ('companyName', 'displayName', 'address.line1', 'address.city')
             if getf(rec, f) and ('台' in getf(rec, f) or '臺' in getf(rec, f))]
    if not cands:
        return False
    f = ch(cands)
    v = getf(rec, f)
    out = v.replace('台', '臺') if '台' in v else v.replace('臺', '台')
    setf(rec, f, out, '台/臺')
    return True


def m_abbrev(rec):
    cands = []
    for f in ('companyName', 'displayName', 'address.line1', 'address.line2'):
        v = getf(rec, f)
        if not v:
            continue
        if any(a in v for a, _ in EN_ABBR) or any(x in v for x in ('Road', 'Street', 'Section', 'District', 'Lane', 'Alley')):
            cands.append(f)
        elif '股份有限公司' in v or '有限公司' in v:
            cands.append(f)
    if not cands:
        return False
    f = ch(cands)
    v = getf(rec, f)
    out = v
    if '股份有限公司' in v:
        out = v.replace('股份有限公司', ch(['(股)公司', '(股)', '股份公司']))
    elif '有限公司' in v and has_cjk(v):
        out = v.replace('有限公司', ch(['公司', '(有)', '有限']))
    else:
        for a, b in EN_ABBR + [('Road', 'Rd'), ('Street', 'St'), ('Section', 'Sec'), ('District', 'Dist'),
                               ('Lane', 'Ln'), ('Alley', 'Aly'), ('Co., Ltd.', 'Co Ltd'), ('Rd.', 'Rd'), ('Dist.', 'Dist')]:
            if a in out and chance(0.7):
                out = out.replace(a, b)
    if out == v:
        return False
    setf(rec, f, out, 'abbreviated')
    return True


def m_honorific(rec):
    e = rec['e']
    v = rec['c']['displayName']
    if e['cat'] != 'person' or not v or not has_cjk(v):
        return False
    for h in ('先生', '小姐', '女士', '經理', '老闆', '老闆娘'):
        if v.endswith(h) and len(v) > len(h) + 2:
            setf(rec, 'displayName', v[:-len(h)].rstrip(), 'honorific-removed')
            return True
    setf(rec, 'displayName', v + ch(['', ' ']) + ch([HON[e['gender']], e.get('title') or HON[e['gender']]]), 'honorific-added')
    return True


def m_nickname(rec):
    e = rec['e']
    if e['cat'] != 'person':
        return False
    v = rec['c']['displayName']
    if e['eng'] and e['eng'][1] and e['eng'][0] in (v or ''):
        setf(rec, 'displayName', v.replace(e['eng'][0], e['eng'][1]), 'nickname')
        if rec['c']['givenName'] and e['eng'][0] in rec['c']['givenName']:
            setf(rec, 'givenName', rec['c']['givenName'].replace(e['eng'][0], e['eng'][1]), 'nickname')
        return True
    if e['region'] == 'TW' and v and has_cjk(v):
        gz = ''.join(g['t'] for g in e['given'])
        out = ch(['阿' + gz[-1], gz[-1] + ch(['哥', '姐' if e['gender'] == 'f' else '哥']), '小' + gz[-1]])
        setf(rec, 'displayName', out, 'nickname')
        return True
    return False


def m_given_only_eng(rec):
    """English given name dropped / added between records"""
    e = rec['e']
    if e['cat'] != 'person' or not e['eng']:
        return False
    v = rec['c']['displayName'] or ''
    if e['eng'][0] in v:
        out = v.replace(e['eng'][0], '').replace('  ', ' ').strip(' ,')
        if not out:
            return False
        setf(rec, 'displayName', out, 'english-name-dropped')
        return True
    return False


MUTATORS = [
    ('typo_dn', 10, lambda r: m_typo(r, 'displayName')),
    ('typo_cn', 6, lambda r: m_typo(r, 'companyName')),
    ('typo_gn', 4, lambda r: m_typo(r, 'givenName')),
    ('typo_fn', 2, lambda r: m_typo(r, 'familyName')),
    ('typo_addr', 7, lambda r: m_typo(r, 'address.line1')),
    ('typo_city', 1, lambda r: m_typo(r, 'address.line2')),
    ('typo_email', 5, m_typo_email),
    ('digit_off', 4, m_digit_off),
    ('drop_email', 4, lambda r: m_drop(r, 'email')),
    ('drop_phone', 3, lambda r: m_drop(r, 'phone')),
    ('drop_address', 3, lambda r: m_drop(r, 'address')),
    ('drop_given', 2, lambda r: m_drop(r, 'givenName')),
    ('drop_family', 1, lambda r: m_drop(r, 'familyName')),
    ('drop_postal', 2, lambda r: m_drop(r, 'address.postalCode')),
    ('drop_country', 1, lambda r: m_drop(r, 'address.country')),
    ('drop_line2', 1, lambda r: r['e']['addr']['region'] != 'HK' and m_drop(r, 'address.line2')),
    ('swap_gf', 5, m_swap_gf),
    ('case', 5, m_case),
    ('accent', 3, m_accent),
    ('simp', 2, m_simp),
    ('trad', 1, m_trad),
    ('spaces', 3, m_spaces),
    ('fw', 2, m_fw),
    ('tai', 3, m_tai),
    ('abbrev', 5, m_abbrev),
    ('honorific', 3, m_honorific),
    ('nickname', 4, m_nickname),
    ('eng_drop', 2, m_given_only_eng),
]
ERP_MUTATORS = [('lost', 8, m_lost), ('truncate', 4, m_truncate), ('fw', 3, m_fw)]
PROTECT = {'email': ('typo_email', 'drop_email'), 'phone': ('digit_off', 'drop_phone'),
           'address': ('drop_address',), 'name': ('typo_cn', 'lost', 'truncate', 'typo_dn', 'typo_gn', 'nickname', 'eng_drop')}


def mutate(rec, n, protect=(), src=None):
    pool = list(MUTATORS)
    if src == 'erp':
        pool += ERP_MUTATORS
    banned = []
    for p in protect:
        banned += list(PROTECT[p])
    pool = [x for x in pool if x[0] not in banned]
    done = 0
    tries = 0
    while done < n and tries < 40:
        tries += 1
        name, _, fn = wch([((x[0], x[1], x[2]), x[1]) for x in pool])
        if fn(rec):
            done += 1
    return done


# ---------------------------------------------------------------------------
# incoming: matches
# ---------------------------------------------------------------------------
def copy_style(st):
    return {k: (dict(v) if isinstance(v, dict) else v) for k, v in st.items()}


def pick_src(e):
    r = e['region']
    if r == 'TW':
        if e['cat'] == 'org':
            return wch([('order', 38), ('reps', 27), ('erp', 18), ('export', 17)])
        return wch([('order', 40), ('reps', 32), ('erp', 18), ('export', 10)])
    if r == 'CN':
        return wch([('order', 30), ('export', 35), ('reps', 15), ('erp', 20)])
    return wch([('export', 50), ('order', 20), ('reps', 15), ('erp', 15)])


def ev_channels(rec):
    out = []
    if rec['c']['email']:
        out.append('email')
    if phone_numbers(rec['c']['phone']):
        out.append('phone')
    if rec['c']['address'] and not rec['st']['ad'].get('city_only'):
        out.append('address')
    return out


def life_move(e2):
    old = e2['addr']
    a = old
    for _ in range(60):
        if old['region'] == 'TW':
            a = new_tw_address(old['city'] if chance(0.5) else None, 'home' if e2['cat'] == 'person' else 'office')
        elif old['region'] == 'CN':
            a = new_cn_address(old['cn'] if chance(0.5) else None)
        elif old['region'] == 'HK':
            a = new_hk_address()
        else:
            a = new_my_address()
        if key_like(a) != key_like(old):
            break
    e2['addr'] = a
    if e2['cat'] == 'person':
        if e2.get('land'):
            e2['land'] = new_phone(e2['region'], 'land', addr_phone_city(a)) if chance(0.5) else None
    elif chance(0.6) and not e2.get('agent'):
        e2['phone'] = new_phone(e2['region'], 'land', addr_phone_city(a))
        e2['fax'] = phone_next(e2['phone']) if e2.get('fax') else None


def site_of(e2):
    """the order comes from a factory (廠) or sales office (營業所) of the same company: same tax ID"""
    old = e2['addr']
    for _ in range(30):
        a = new_tw_address(old['city'] if chance(0.4) else None, 'factory')
        if key_like(a) != key_like(old):
            break
    c = TW_CITY[a['city']]
    place = tw_place_short(a['dist']) if len(a['dist']['zh']) > 2 else c['zh'][:2]
    label = wch([('二廠', 3), (place + '廠', 3), (c['zh'][:2] + '營業所', 2), ('三廠', 1), (place + '工廠', 1)])
    en_lab = {'二廠': 'Plant 2', '三廠': 'Plant 3'}.get(label, (a['dist']['py'] + (' Plant' if '廠' in label else ' Sales Office'))
                                                      if label.startswith(place) else c['en'].replace(' City', '').replace(' County', '') + ' Sales Office')
    n = dict(e2['names'])
    sp = ch(['', ' ', '-'])
    for k in ('zh_t', 'short_t'):
        n[k] = n[k] + sp + label
    n['zh_s'] = to_simp(n['zh_t'])
    n['short_s'] = to_simp(n['short_t'])
    n['en'] = n['en'] + ' (' + en_lab + ')'
    n['en_short'] = n['en_short'] + ' ' + en_lab
    n['en_rom2'] = n['en_rom2'] + ' ' + en_lab
    n['abbr'] = (n['abbr'] or n['short_t']) + label
    e2['names'] = n
    e2['addr'] = a
    e2['site'] = label
    if chance(0.6) and not e2.get('agent'):
        e2['phone'] = new_phone('TW', 'land', a['city'])
        e2['fax'] = None


def life_new_email(e2):
    if e2['cat'] == 'person':
        e2['email'] = person_email(e2, e2['region'])
    elif e2.get('domain') and chance(0.7):
        e2['email'] = _mailbox(e2['domain'], e2.get('contact'))
    else:
        base = 'co'
        n = e2['names']
        if n.get('core'):
            base = n['core']['wgj'].lower()
        elif n.get('school_py'):
            base = n['school_py'].lower().replace("'", '')
        e2['email'] = _free_mail_org(base + ch(['', '.tw', '88', 'co']), e2['region'])


def light_style(e, st0, src):
    st = copy_style(st0)
    st['src'] = src
    opts = ['pf', 'pf', 'dn', 'dn', 'post', 'country', 'layout', 'gf', 'tai', 'spaced']
    for _ in range(wch([(1, 60), (2, 40)])):
        o = ch(opts)
        if o == 'pf':
            ph0 = e['mobile'] if e['cat'] == 'person' else e['phone']
            st['pf'] = ch(phone_formats(ph0))
        elif o == 'dn':
            st['dn'] = person_dn_form(e, src) if e['cat'] == 'person' else org_dn_form(e, src)
            if e['cat'] == 'org':
                st['cn'] = org_cn_form(e, src, st['dn'])
        elif o == 'post' and e['addr']['region'] == 'TW':
            st['ad']['post'] = ch(['3', '5', '6', None])
        elif o == 'country':
            st['ad']['country'] = addr_style(e, src)['country']
        elif o == 'layout' and st['ad'].get('layout'):
            st['ad']['layout'] = addr_style(e, 'qbo', st['ad']['lang'])['layout'] if st['ad']['lang'] == 'zh' else ch(['E1', 'E2', 'E3', 'E4'])
        elif o == 'gf':
            if e['cat'] == 'person':
                st['gf'] = 'none' if st['gf'] == 'dn' else 'dn'
            else:
                st['cf'] = 'none' if st['cf'] != 'none' else ('zh' if e.get('contact') else 'none')
        elif o == 'tai':
            st['ad']['tai'] = '臺' if st['ad'].get('tai') != '臺' else '台'
        elif o == 'spaced':
            st['ad']['spaced'] = not st['ad'].get('spaced')
    return st


def enforce_keep(rec0, st, keep):
    if keep == 'email':
        st['em'] = 'primary'
    elif keep == 'address':
        st['ad_on'] = True
        st['ad'].pop('city_only', None)
    elif keep == 'phone':
        if st['ph'] in ('none', 'line') or (rec0['st']['ph'] != st['ph'] and chance(0.5)):
            st['ph'] = rec0['st']['ph']


N_MUT = {'light': [(0, 35), (1, 50), (2, 15)], 'medium': [(1, 25), (2, 45), (3, 30)],
         'harsh': [(3, 35), (4, 40), (5, 25)]}


def distinctive_org(e):
    return e['cat'] == 'org' and e['kind'] in ('company-tw', 'company-cn', 'company-hk', 'company-my') \
        and not e['names'].get('bare') and not e.get('group') and not e.get('agent')


def ambiguous_channels(e, existing_ids):
    """evidence channels this customer shares with other existing customers"""
    amb = []
    g = e.get('group')
    if g and sum(1 for m in g['members'] if m.get('id') in existing_ids) > 1:
        amb.append('email')
    if e.get('agent'):
        amb += ['email', 'phone']
    if e['kind'] in ('public-office', 'school') and e.get('unit'):
        amb += ['address', 'phone']
    if e.get('household'):
        amb += ['address', 'phone']
    return amb


def name_ok(rec0, rec):
    e = rec['e']
    c = rec['c']
    txt = ntext((c['displayName'] or '') + ' ' + (c['givenName'] or '') + ' ' + (c['companyName'] or ''))
    for f in ('displayName', 'companyName', 'givenName', 'familyName'):
        if any(t in rec['tags'].get(f, []) for t in ('truncated', 'lost-characters')):
            return False
    if e['cat'] == 'org':
        if not v_core(rec0, rec):
            return False
        if e.get('unit'):
            return ntext(e['unit'][0]) in txt or ntext(e['unit'][1]) in txt
        return True
    gz = ''.join(g['t'] for g in e['given'])
    if ntext(gz) in txt:
        return True
    for sysm in ('wg', 'py', 'ty', 'hok', 'can'):
        for sty in ('hyphen', 'space', 'joined'):
            if ntext(rom_given(e['given'], sysm, sty)) in txt:
                return True
    return False


def make_variant(e, rec0, profile, src=None, keep=None, events=True, name_city=False, amb=()):
    """an incoming record of entity e, compared with rec0 (a record of the same entity)"""
    src0 = src
    for attempt in range(60):
        e2 = dict(e)
        src = src0 or pick_src(e)
        if attempt >= 30:
            name_city = False
        chans = ev_channels(rec0)
        k = keep if keep else (None if name_city else ch(chans))
        if events and profile != 'light':
            pm = {'medium': 0.1, 'harsh': 0.35}[profile]
            if k != 'address' and chance(pm if not name_city else 0.6):
                life_move(e2)
            if k != 'email' and chance({'medium': 0.12, 'harsh': 0.35}[profile]):
                life_new_email(e2)
            if e2['cat'] == 'person' and k != 'phone' and chance({'medium': 0.05, 'harsh': 0.2}[profile]):
                e2['mobile'] = new_phone(e2['region'], 'mob')
                e2['line'] = line_id(e2)
            if e2['kind'] == 'company-tw' and e2.get('form') in ('gufen', 'youxian') and k != 'address' \
                    and chance({'medium': 0.15, 'harsh': 0.25}[profile]):
                site_of(e2)
            if e2['cat'] == 'org' and e2.get('contact') and chance({'medium': 0.15, 'harsh': 0.3}[profile]):
                e2['contact'] = make_person_lite(e2['region'] if e2['region'] != 'HK' else 'HK')
                e2['contact']['title'] = e['contact'].get('title')
        ev_tags = []
        if e2['addr'] is not e['addr']:
            ev_tags += [(f, 'moved') for f in ['address'] + ['address.' + x for x in ADDR_SUB]]
        if e2.get('email') != e.get('email'):
            ev_tags.append(('email', 'new-mailbox'))
        if e2['cat'] == 'person' and (e2['mobile'] is not e['mobile'] or e2.get('land') is not e.get('land')):
            ev_tags.append(('phone', 'new-number'))
        if e2['cat'] == 'org' and (e2.get('phone') is not e.get('phone')):
            ev_tags.append(('phone', 'new-number'))
        if e2.get('site'):
            ev_tags += [('displayName', 'site-suffix(%s)' % e2['site']), ('companyName', 'site-suffix(%s)' % e2['site'])]
        if e2['cat'] == 'org' and e2.get('contact') is not e.get('contact'):
            ev_tags += [('givenName', 'other-contact-person'), ('familyName', 'other-contact-person')]
        if profile == 'light' and rec0['st']['src'] == 'qbo':
            st = light_style(e2, rec0['st'], src)
        else:
            st = choose_style(e2, src)
        if k:
            enforce_keep(rec0, st, k)
        if name_city:
            st['em'] = 'none' if chance(0.6) else st['em']
            st['ad_on'] = True
            st['ad']['city_only'] = e2['addr'] is e['addr']
            if st['dn'] in ('abbr', 'zh_contact', 'en_caps'):
                st['dn'] = 'zh' if e['names']['primary'] != 'en' else 'en'
        rec = render(e2, st)
        for f, t in ev_tags:
            tag(rec, f, t)
        norm_record(rec)
        prot = [k] if k else []
        if name_city or (amb and chance(0.5)):
            prot.append('name')
        mutate(rec, wch(N_MUT[profile]) if not name_city else 1, protect=prot, src=src)
        norm_record(rec)
        ev = evidence(rec0, rec)
        if ev and all(x in amb for x in ev) and not name_ok(rec0, rec):
            continue
        chg = changes(rec0, rec)
        if not chg:
            continue
        if name_city:
            if ev or not rec['c']['address'] or not rec0['c']['address']:
                continue
            if not same_city(rec0, rec) or not v_core(rec0, rec):
                continue
        elif not ev:
            continue
        if k and k not in ev:
            continue
        return rec, ev, chg, src
    raise RuntimeError('could not build variant for ' + e['id'])


def same_city(ra, rb):
    return ra['e']['addr']['city'] == rb['e']['addr']['city'] and ra['e']['addr']['region'] == rb['e']['addr']['region']


def build_matches(existing, n):
    out = []
    idx = list(range(len(existing)))
    RNG.shuffle(idx)
    n_double = 60
    chosen = idx[:n - n_double] + idx[:n_double]
    ex_ids = {}
    for r in existing:
        ex_ids[r['e']['id']] = 1
    for i in chosen:
        rec0 = existing[i]
        e = rec0['e']
        profile = wch([('light', 35), ('medium', 40), ('harsh', 25)])
        name_city = profile == 'harsh' and distinctive_org(e) and rec0['c']['address'] is not None and chance(0.15)
        rec, ev, chg, src = make_variant(e, rec0, profile, name_city=name_city, amb=ambiguous_channels(e, ex_ids))
        rec['meta'] = {'category': 'match', 'kind': e['kind'], 'changes': chg, 'profile': profile, 'evidence': ev,
                       'compare_set': 'existing', 'compare_index': i, 'source': src}
        out.append(rec)
    return out


# ---------------------------------------------------------------------------
# incoming: new customers (not in QuickBooks), some repeated
# ---------------------------------------------------------------------------
def make_new_entity():
    k = wch([('company-tw', 33), ('company-cn', 6), ('company-hk', 3), ('company-my', 3), ('school', 3),
             ('clinic', 3), ('temple', 2), ('hospital', 1), ('person-tw', 34), ('person-cn', 5), ('person-hk', 3),
             ('person-my', 4)])
    if k == 'company-tw':
        e = make_tw_company()
    elif k == 'company-cn':
        e = make_cn_company()
    elif k == 'company-hk':
        e = make_hk_company()
    elif k == 'company-my':
        e = make_my_company()
    elif k == 'school':
        e = make_school(unit=())
        e['unit'] = None
    elif k == 'clinic':
        e = make_clinic()
    elif k == 'temple':
        e = make_temple()
    elif k == 'hospital':
        e = make_hospital()
    else:
        e = make_person(k.split('-')[1].upper())
    return new_entity(e)


def build_news(n_single, n_double, n_triple):
    groups = []
    for _ in range(n_single):
        groups.append((make_new_entity(), 1))
    for _ in range(n_double):
        groups.append((make_new_entity(), 2))
    for _ in range(n_triple):
        groups.append((make_new_entity(), 3))
    out = []
    for e, cnt in groups:
        src = pick_src(e)
        st = choose_style(e, src)
        keep = None
        if cnt > 1:
            keep = wch([('phone', 45), ('email', 35), ('address', 20)])
            if keep == 'email':
                st['em'] = 'primary'
            elif keep == 'address':
                st['ad_on'] = True
                st['ad'].pop('city_only', None)
            elif st['ph'] in ('none', 'line'):
                st['ph'] = 'mob' if e['cat'] == 'person' else 'main'
        base = render(e, st)
        norm_record(base)
        ensure_contactable(base)
        nm = mutate(base, wch([(0, 50), (1, 40), (2, 10)]), protect=[keep] if keep else [], src=src)
        norm_record(base)
        ensure_contactable(base)
        base['meta'] = {'category': 'new', 'kind': e['kind'], 'source': src, 'profile': 'light' if nm <= 1 else 'medium'}
        recs = [base]
        for _ in range(cnt - 1):
            profile = wch([('light', 35), ('medium', 45), ('harsh', 20)])
            rec, ev, chg, src2 = make_variant(e, base, profile, keep=keep, events=True)
            rec['meta'] = {'category': 'new', 'kind': e['kind'], 'profile': profile, 'source': src2}
            recs.append(rec)
        for r in recs:
            r['group'] = recs
        out += recs
    return out


def build_incoming(ents, existing):
    matches = build_matches(existing, 825)
    news = build_news(330, 60, 25)
    hards = build_hard_negatives(ents, existing)
    incoming = matches + news + hards
    assert len(incoming) == N_INCOMING or not hards, len(incoming)
    RNG.shuffle(incoming)
    # occurrences of new customers, in incoming order
    for i, r in enumerate(incoming):
        r['index'] = i
    metas = []
    for i, r in enumerate(incoming):
        m = r['meta']
        e = r['e']
        out = {'set': 'incoming', 'index': i, 'entity': e['id'], 'category': m['category'], 'kind': m['kind']}
        if m['category'] == 'match':
            out.update({'changes': m['changes'], 'profile': m['profile'], 'evidence': m['evidence'],
                        'compare_set': 'existing', 'compare_index': m['compare_index']})
        elif m['category'] == 'new':
            grp = sorted(r['group'], key=lambda x: x['index'])
            occ = grp.index(r) + 1
            out['occurrence'] = occ
            if occ == 1:
                out['changes'] = []
            else:
                first = grp[0]
                out.update({'changes': changes(first, r), 'profile': m['profile'], 'evidence': evidence(first, r),
                            'compare_set': 'incoming', 'compare_index': first['index']})
        else:
            out.update({'changes': m['changes'], 'anchor': m['anchor'], 'anchor_index': m['anchor_index'],
                        'hn_type': m['hn_type'], 'rule': m['rule'], 'shared': m['shared']})
        out['source'] = m['source']
        metas.append(out)
    return incoming, metas




# ---------------------------------------------------------------------------
# hard negatives: other customers that resemble an existing one
# ---------------------------------------------------------------------------
import unicodedata as _ud

GENERIC_WORDS = ['股份有限公司', '有限公司', '股份', '公司', '企業社', '工業', '實業', '商行', '(股)', '(有)',
                 '分公司', '國民', '學校', '公所', '診所', '醫院', '財團法人', '市立', '國立']
GENERIC_LAT = {'company', 'limited', 'ltd', 'co', 'corp', 'corporation', 'enterprise', 'industrial', 'industries',
               'trading', 'engineering', 'machinery', 'hardware', 'precision', 'technology', 'branch', 'the',
               'sdn', 'bhd', 'store', 'school', 'office', 'hospital', 'clinic', 'temple', 'section', 'district',
               'township', 'city', 'taiwan', 'international', 'group', 'and', 'of'}


def ntext(s):
    s = _ud.normalize('NFKC', s or '')
    s = to_trad(s).casefold()
    return ''.join(c for c in s if c.isalnum())


def v_name(ra, rb):
    a, b = ra['c'], rb['c']
    if not (a['givenName'] and a['familyName'] and b['givenName'] and b['familyName']):
        return False
    return ntext(a['givenName']) == ntext(b['givenName']) and ntext(a['familyName']) == ntext(b['familyName'])


def v_family(ra, rb):
    a, b = ra['c']['familyName'], rb['c']['familyName']
    return bool(a and b and ntext(a) == ntext(b))


def v_company(ra, rb):
    a, b = ra['c']['companyName'], rb['c']['companyName']
    return bool(a and b and ntext(a) == ntext(b))


def _cjk_core(s):
    s = to_trad(_ud.normalize('NFKC', s or ''))
    for g in GENERIC_WORDS:
        s = s.replace(g, ' ')
    return s


def v_core(ra, rb):
    ta = ' '.join(x for x in (ra['c']['displayName'], ra['c']['companyName']) if x)
    tb = ' '.join(x for x in (rb['c']['displayName'], rb['c']['companyName']) if x)
    ca, cb = _cjk_core(ta), _cjk_core(tb)
    for i in range(len(ca) - 1):
        bi = ca[i:i + 2]
        if is_cjk(bi[0]) and is_cjk(bi[1]) and bi in cb:
            return True
    import re
    wa = set(w for w in re.findall(r'[a-z]{4,}', ta.casefold()) if w not in GENERIC_LAT)
    wb = set(w for w in re.findall(r'[a-z]{4,}', tb.casefold()) if w not in GENERIC_LAT)
    return bool(sorted(wa & wb))


def v_email(ra, rb):
    a, b = ra['c']['email'], rb['c']['email']
    return bool(a and b and a.strip().casefold() == b.strip().casefold())


def v_domain(ra, rb):
    a, b = ra['c']['email'], rb['c']['email']
    return bool(a and b and '@' in a and '@' in b and a.split('@')[1].casefold() == b.split('@')[1].casefold())


def v_phone(ra, rb):
    pa, pb = phone_numbers(ra['c']['phone']), phone_numbers(rb['c']['phone'])
    return any(x in pb for x in pa)


def v_address(ra, rb):
    return addr_same(ra, rb)


def v_city(ra, rb):
    return bool(ra['c']['address'] and rb['c']['address'] and same_city(ra, rb))


VERIFY = {'name': v_name, 'familyName': v_family, 'companyName': v_company, 'nameCore': v_core,
          'email': v_email, 'emailDomain': v_domain, 'phone': v_phone, 'address': v_address, 'city': v_city}
HN_PROTECT_NAME = ('typo_dn', 'typo_cn', 'typo_gn', 'typo_fn', 'lost', 'truncate', 'swap_gf', 'drop_given',
                   'drop_family', 'nickname', 'eng_drop', 'simp', 'trad', 'honorific', 'abbrev', 'spaces', 'tai')


def hn_record(anchor_rec, h, need, optional=(), src=None, style_fix=None):
    """render entity h so that every claim in `need` holds against anchor_rec"""
    for attempt in range(80):
        sr = src or pick_src(h)
        st = choose_style(h, sr)
        if style_fix:
            style_fix(st)
        if h['cat'] == 'org':
            # the name that tells the two customers apart must stay visible
            if st['dn'] in ('abbr',):
                st['dn'] = 'short'
            if st.get('cn') in ('abbr',):
                st['cn'] = 'short'
        claims = list(need) + list(optional)
        if 'email' in claims or 'emailDomain' in claims:
            st['em'] = 'primary'
        if 'address' in claims:
            st['ad_on'] = True
            st['ad'].pop('city_only', None)
        if 'city' in claims:
            st['ad_on'] = True
        if 'phone' in claims and st['ph'] in ('none', 'line', 'mob', 'mob_line') and h['cat'] == 'org':
            st['ph'] = 'main'
        if any(c in claims for c in ('name', 'familyName')):
            st['gf'] = 'dn'
        rec = render(h, st)
        norm_record(rec)
        ensure_contactable(rec)
        pool = [x for x in MUTATORS + (ERP_MUTATORS if sr == 'erp' else []) if x[0] not in HN_PROTECT_NAME]
        prot = {'email': ('typo_email', 'drop_email'), 'emailDomain': ('typo_email', 'drop_email'),
                'phone': ('digit_off', 'drop_phone'), 'address': ('drop_address', 'typo_addr'),
                'city': ('drop_address',)}
        banned = []
        for c in claims:
            banned += list(prot.get(c, ()))
        pool = [x for x in pool if x[0] not in banned]
        n = wch([(0, 45), (1, 40), (2, 15)])
        k = 0
        while n and k < 20:
            k += 1
            nm, _, fn = wch([((x[0], x[1], x[2]), x[1]) for x in pool])
            if fn(rec):
                n -= 1
        norm_record(rec)
        ensure_contactable(rec)
        if not all(VERIFY[c](anchor_rec, rec) for c in need):
            continue
        shared = list(need) + [c for c in optional if VERIFY[c](anchor_rec, rec)]
        # a hard negative must not look like the anchor through an identifier it does not claim
        if 'address' not in shared and rec['c']['address'] and anchor_rec['c']['address'] and \
                key_like(rec['e']['addr']) == key_like(anchor_rec['e']['addr']) and not VERIFY['address'](anchor_rec, rec):
            continue
        for c in ('email', 'phone', 'address'):
            if c not in shared and VERIFY[c](anchor_rec, rec):
                shared.append(c)
        return rec, shared, sr
    return None


HN_RULES = {
    'namesake_person': 'one customer per person: a different person with the same name (other city, phone and e-mail)',
    'english_namesake': 'one customer per person: another person who uses the same English name (different Chinese name, city, phone and e-mail)',
    'household_member': 'one customer per person: another member of the same household (same home address and home phone)',
    'father_son': 'one customer per person: father and son at the same address; the son orders on his own account',
    'spouse': 'one customer per person: the spouse at the same home (wives keep their own surname, some put the husband\'s in front)',
    'branch_office': 'one customer per tax ID (統一編號): a 分公司 (branch) has its own tax ID and is invoiced separately from its head office',
    'group_company': 'one customer per legal entity: a sister company of the same group (關係企業) that uses the group\'s accounting mailbox',
    'shared_agent': 'one customer per legal entity: another firm whose mail and calls go through the same bookkeeper or manager',
    'later_occupant': 'a different customer who now occupies the same premises; nothing else in common',
    'similar_name_other_trade': 'a different business in another trade that only shares the name core',
    'public_body_other_unit': 'public bodies: each section (課/隊) or office (處) orders on its own budget and is its own customer',
    'namesake_org': 'a different temple, clinic or shop with the same name in another town (own registration)',
}


def _eligible(existing, pred):
    out = [r for r in existing if pred(r)]
    RNG.shuffle(out)
    return out


def _zh_name_form(st):
    st['dn'] = wch([('zh', 60), ('zh_hon', 20), ('zh_sp', 10), ('zh_title', 0)])
    st['hus'] = False


def build_hard_negatives(ents, existing):
    out = []
    used_anchor = {}

    def add(anchor_rec, h, typ, res):
        rec, shared, src = res
        rec['meta'] = {'category': 'hard_negative', 'kind': h['kind'], 'anchor': anchor_rec['e']['id'],
                       'anchor_index': anchor_rec['e']['qbo_index'], 'hn_type': typ, 'rule': HN_RULES[typ],
                       'shared': shared, 'changes': changes(anchor_rec, rec), 'source': src}
        used_anchor[anchor_rec['e']['id']] = 1
        out.append(rec)

    def free(r):
        return r['e']['id'] not in used_anchor

    # 1 namesake_person
    cands = _eligible(existing, lambda r: r['e']['kind'] == 'person-tw' and r['st']['dn'] in ('zh', 'zh_sp', 'zh_eng')
                      and r['c']['givenName'] and r['c']['familyName'] and has_cjk(r['c']['givenName']))
    k = 0
    for r in cands:
        if k >= 12:
            break
        a = r['e']
        other_city = ch([c for c, _ in TW_CITY_W if c != a['addr']['city']])
        h = new_entity(make_person('TW', city=other_city, gender=a['gender'], sur=a['sur'], given=a['given']))
        h['hus'] = None
        h['hus_in_name'] = False
        res = hn_record(r, h, ['name'], src=ch(['order', 'reps', 'erp', 'order']), style_fix=_zh_name_form)
        if res:
            add(r, h, 'namesake_person', res)
            k += 1
    # 2 english_namesake
    cands = _eligible(existing, lambda r: r['e']['cat'] == 'person' and r['e']['eng'] and r['st']['dn'] in ('eng', 'eng_comma', 'eng_caps')
                      and r['c']['givenName'] and r['c']['familyName'] and free(r))
    k = 0
    for r in cands:
        if k >= 10:
            break
        a = r['e']
        oc = ch([c for c, _ in TW_CITY_W if c != a['addr']['city']]) if a['region'] == 'TW' else None
        h = make_person(a['region'], city=oc, gender=a['gender'], sur=a['sur'], eng_p=1.0)
        h['eng'] = a['eng']
        h['rom'] = a['rom']
        new_entity(h)
        res = hn_record(r, h, ['name'], src='export' if chance(0.6) else 'reps',
                        style_fix=lambda st: st.update({'dn': ch(['eng', 'eng_caps', 'eng_comma'])}))
        if res:
            add(r, h, 'english_namesake', res)
            k += 1
    # 3 household_member, 4 father_son, 5 spouse
    fam = _eligible(existing, lambda r: r['e']['kind'] == 'person-tw' and r['c']['address'] is not None
                    and not r['st']['ad'].get('city_only') and free(r) and not r['e'].get('household'))
    fi = 0
    for typ, n in (('household_member', 12), ('father_son', 12), ('spouse', 14)):
        k = 0
        while k < n and fi < len(fam):
            r = fam[fi]
            fi += 1
            a = r['e']
            if not free(r):
                continue
            shows_land = a.get('land') and phone_numbers(r['c']['phone']) and a['land']['nsn'] in phone_numbers(r['c']['phone'])
            if typ == 'household_member':
                if not shows_land:
                    continue
                h = make_person('TW', sur=a['sur'], addr=a['addr'], land_p=0)
                h['land'] = a['land']
                need, opt = ['address', 'phone'], ['familyName']
            elif typ == 'father_son':
                if a['gender'] != 'm':
                    continue
                giv = None
                if chance(0.3):
                    g2 = ch(COMMON_M)
                    giv = [a['given'][0], g2] if g2['t'] != a['given'][0]['t'] else None
                h = make_person('TW', gender='m', sur=a['sur'], given=giv, addr=a['addr'], land_p=0)
                h['land'] = a.get('land')
                h['eng'] = a['eng'] if (a['eng'] and chance(0.3)) else h['eng']
                need, opt = ['address'], ['familyName', 'phone']
            else:
                g = 'f' if a['gender'] == 'm' else 'm'
                sur = pick_surname()
                while sur['t'] == a['sur']['t']:
                    sur = pick_surname()
                h = make_person('TW', gender=g, sur=sur, addr=a['addr'], land_p=0)
                h['land'] = a.get('land')
                if g == 'f':
                    h['hus'] = a['sur']
                    h['hus_in_name'] = chance(0.4)
                need, opt = ['address'], ['phone', 'email']
                if r['c']['email'] and chance(0.3):
                    h['email'] = a['email']
            h['hus'] = h.get('hus') if typ == 'spouse' else None
            if typ != 'spouse':
                h['hus_in_name'] = False
            new_entity(h)

            def fix(st, h=h, typ=typ):
                st['dn'] = wch([('zh', 60), ('zh_hon', 25), ('zh_sp', 10)]) if h['region'] == 'TW' else st['dn']
                if h.get('land') and chance(0.8):
                    st['ph'] = ch(['land', 'both'])
                st['hus'] = h.get('hus_in_name', False)
            res = hn_record(r, h, need, opt, src=ch(['order', 'reps', 'order', 'erp']), style_fix=fix)
            if res:
                add(r, h, typ, res)
                k += 1
    # 6 branch_office
    k = 0
    cands = _eligible(existing, lambda r: r['e']['kind'] == 'company-tw' and r['e']['names'].get('core') and free(r)
                      and r['e'].get('form') in ('gufen', 'youxian') and not r['e'].get('group') and not r['e'].get('agent'))
    heads = [p for p in WORLD['branch_parents'] if 'id' not in p]
    for r in [x for x in existing if x['e']['kind'] == 'branch-tw' and x['e'].get('parent') in heads][:4]:
        h = new_entity(r['e']['parent'])
        res = hn_record(r, h, ['nameCore'], ['emailDomain'])
        if res:
            add(r, h, 'branch_office', res)
            k += 1
    for r in cands:
        if k >= 14:
            break
        h = new_entity(make_branch(r['e']))
        res = hn_record(r, h, ['nameCore'], ['emailDomain'],
                        style_fix=lambda st: st.update({'dn': ch(['zh', 'en', 'short', 'zh'])}) if st['dn'] in ('abbr', 'gu') else None)
        if res:
            add(r, h, 'branch_office', res)
            k += 1
    # 7 group_company
    k = 0
    cands = _eligible(existing, lambda r: r['e'].get('group') and r['c']['email'] and
                      r['c']['email'].casefold() == r['e']['group']['mail'].casefold() and free(r))
    for r in cands:
        if k >= 14:
            break
        grp = r['e']['group']
        lead = grp['lead']
        m = make_group_member(lead, mainland=(k % 3 == 2), share_addr=chance(0.5))
        m['email_alt'] = m['email']
        m['email'] = grp['mail']
        m['group'] = grp
        new_entity(m)
        grp['members'].append(m)
        res = hn_record(r, m, ['email'], ['address', 'nameCore'])
        if res:
            add(r, m, 'group_company', res)
            k += 1
    # 8 shared_agent
    k = 0
    cands = _eligible(existing, lambda r: r['e'].get('agent') and free(r) and (v_email(r, r) or phone_numbers(r['c']['phone'])))
    for r in cands:
        if k >= 12:
            break
        ag = r['e']['agent']
        if not r['c']['email'] and ag['phone']['nsn'] not in phone_numbers(r['c']['phone']):
            continue
        o = make_tw_company(city=ag['city'] if chance(0.6) else None, form=ch(['qiyeshe', 'hang', 'youxian', 'shanghang']))
        o['email_alt'] = o['email']
        o['email'] = ag['email']
        o['phone_own'] = o['phone']
        o['phone'] = dict(ag['phone'])
        o['fax'] = None
        o['agent'] = ag
        new_entity(o)
        need = []
        if r['c']['email']:
            need.append('email')
        if ag['phone']['nsn'] in phone_numbers(r['c']['phone']):
            need.append('phone')
        res = hn_record(r, o, need)
        if res:
            add(r, o, 'shared_agent', res)
            k += 1
    # 9 later_occupant
    k = 0
    cands = _eligible(existing, lambda r: r['e']['region'] == 'TW' and r['c']['address'] is not None and free(r)
                      and not r['st']['ad'].get('city_only') and r['e']['kind'] in ('company-tw', 'person-tw')
                      and not r['e'].get('household') and not r['e'].get('group'))
    for r in cands:
        if k >= 12:
            break
        a = r['e']
        if chance(0.6):
            h = make_tw_company(addr=a['addr'])
        else:
            h = make_person('TW', addr=a['addr'])
        new_entity(h)
        res = hn_record(r, h, ['address'])
        if res:
            add(r, h, 'later_occupant', res)
            k += 1
    # 10 similar_name_other_trade
    k = 0
    cands = _eligible(existing, lambda r: r['e']['kind'] == 'company-tw' and r['e']['names'].get('core') and free(r)
                      and not r['e'].get('group') and not r['e'].get('agent'))
    for r in cands:
        if k >= 12:
            break
        a = r['e']
        h = make_other_trade(a)
        if h is None:
            continue
        new_entity(h)
        res = hn_record(r, h, ['nameCore'], ['city'],
                        style_fix=lambda st: st.update({'dn': 'zh'}) if st['dn'] in ('abbr',) else None)
        if res:
            add(r, h, 'similar_name_other_trade', res)
            k += 1
    # 11 public_body_other_unit
    k = 0
    bodies = list(WORLD['bodies'])
    RNG.shuffle(bodies)
    for b in bodies:
        if k >= 9:
            break
        if not b['unused']:
            continue
        mem = b['members'][0]
        r = mem['qbo']
        if not free(r) or r['c']['address'] is None:
            continue
        sec = b['unused'].pop(0)
        h = make_township(b['body'], sec, addr=mem['addr'], phone=mem['phone'])
        new_entity(h)
        res = hn_record(r, h, ['address', 'nameCore'], ['phone'])
        if res:
            add(r, h, 'public_body_other_unit', res)
            k += 1
    for grp in WORLD['schools_units']:
        if k >= 12:
            break
        mem = grp[0]
        r = mem['qbo']
        if not free(r) or r['c']['address'] is None:
            continue
        used_u = [m['unit'][0] for m in grp]
        rest = [u for u in SCHOOL_UNITS if u[0] not in used_u]
        if not rest:
            continue
        h = make_school(mem['addr']['city'], [n for n in SCHOOL_NAMES if mem['names']['body_short'].startswith(n)][0],
                        mem['level'], rest[0], addr=mem['addr'], phone=mem['phone'])
        new_entity(h)
        res = hn_record(r, h, ['address', 'nameCore'], ['phone'])
        if res:
            add(r, h, 'public_body_other_unit', res)
            k += 1
    # 12 namesake_org
    k = 0
    cands = _eligible(existing, lambda r: r['e']['cat'] == 'org' and r['e']['names'].get('bare') and free(r)
                      and r['c']['companyName'] == r['e']['names']['bare'] and r['e']['region'] == 'TW'
                      and not r['e'].get('agent') and not r['e'].get('group'))
    quota = {'temple': 5, 'clinic': 5, 'company-tw': 4}
    for r in cands:
        if k >= 14:
            break
        a = r['e']
        if quota.get(a['kind'], 0) <= 0:
            continue
        city = ch([c for c, _ in TW_CITY_W if c != a['addr']['city']]) if chance(0.6) else a['addr']['city']
        if a['kind'] == 'temple':
            h = make_temple(city, a['names']['temple'])
        elif a['kind'] == 'clinic':
            h = make_clinic(city, a['names']['clinic'])
        else:
            h = namesake_company(a, city)
        if h['addr']['dist']['zh'] == a['addr']['dist']['zh'] and h['addr']['city'] == a['addr']['city']:
            continue
        new_entity(h)
        res = hn_record(r, h, ['companyName'], style_fix=lambda st: st.update({'cn': 'short' if h['kind'] != 'company-tw' else 'zh'}))
        if res:
            add(r, h, 'namesake_org', res)
            quota[a['kind']] -= 1
            k += 1
    return out


def make_other_trade(a):
    n = a['names']
    for _ in range(20):
        tz, ten = ch(OTHER_TRADES)
        if tz[:2] == n['trade'][0][:2]:
            continue
        core = n['core']
        pref = n.get('pref')
        zc = (pref[0] if pref else '') + core['zh']
        if tz[-1] in '行廠局店社':
            full = zc + tz
            en_form = ''
            form_k = 'hang'
        else:
            form_k = ch(['youxian', 'gufen'])
            full = zc + tz + FORMS[form_k][0]
            en_form = ' ' + ch(FORMS[form_k][1])
        if full in USED_ORGNAME:
            continue
        USED_ORGNAME[full] = 1
        code = a['addr']['city'] if chance(0.5) else None
        o = org_base('company-tw', 'TW', new_tw_address(code, 'office'))
        o['form'] = form_k
        org_contacts(o, ['經理', '老闆', '小姐', '先生', '會計'])
        en = ((pref[1] + ' ') if pref else '') + core['wg'] + ' ' + ten + en_form
        o['names'] = {'zh_t': full, 'zh_s': to_simp(full), 'short_t': zc + tz, 'short_s': to_simp(zc + tz),
                      'abbr': core['zh'], 'en': en, 'en_short': en.replace(en_form, '') if en_form else en,
                      'en_rom2': en.replace(core['wg'], core['py']), 'trade_name': None, 'primary': 't', 'bare': None,
                      'core': core, 'pref': pref, 'trade': (tz, to_simp(tz), ten, ten[:4] + '.'), 'ind': '',
                      'form_zh': '', 'en_form': en_form}
        finish_org_contact(o, 0.6, core['wgj'].lower() + ch(['', '-', '_']) + ten.split()[0][:4].lower())
        return o
    return None


def namesake_company(a, city):
    o = org_base('company-tw', 'TW', new_tw_address(city, 'factory'))
    o['form'] = a.get('form')
    o['names'] = dict(a['names'])
    org_contacts(o, ['老闆', '經理', '小姐', '先生'])
    core = a['names'].get('core')
    finish_org_contact(o, 0.95, (core['wgj'].lower() if core else 'shop') + ch(['', '88', 'hw', 'co']))
    return o


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------
def rec_json(rec, setname):
    c = rec['c']
    a = c['address']
    contact = {f: c[f] for f in FIELDS}
    contact['address'] = None if a is None else {k: a[k] for k in ADDR_SUB}
    return {'set': setname, 'entity': rec['e']['id'], 'contact': contact}


def write_out(outdir, existing, incoming, metas):
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, 'set.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for r in existing:
            f.write(json.dumps(rec_json(r, 'existing'), ensure_ascii=False) + '\n')
        for r in incoming:
            f.write(json.dumps(rec_json(r, 'incoming'), ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'meta.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    ents = build_world()
    existing = build_existing(ents)
    assert len(existing) == N_EXISTING, len(existing)
    metas = []
    for i, r in enumerate(existing):
        metas.append({'set': 'existing', 'index': i, 'entity': r['e']['id'], 'category': 'existing',
                      'kind': r['e']['kind'], 'changes': []})
    incoming, imetas = build_incoming(ents, existing)
    write_out(args.out, existing, incoming, metas + imetas)




if __name__ == '__main__':
    main()
