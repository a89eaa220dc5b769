/**
 * Chinese names and addresses read against their romanisations (tw-maoyi read: "陳志明" / "Chen Chih-Ming" / "CHIH-MING CHEN" /
 * "Chen Zhiming", "聖輝精密有限公司" / "Shenghui Precision Co., Ltd.", "仁德區福德街271巷77號11F" / "11F., No. 77, Ln. 271, Fute St.":
 * weighed as two scripts, unread). Traditional and Simplified characters are read as one (opencc-js: "陳" / "陈", "臺" / "台");
 * characters are read in pinyin (pinyin-pro), and every Mandarin romanisation (pinyin, Wade-Giles as on Taiwan's passports,
 * Tongyong, the firms' own "Hwa", "Kwang") as one key (`mandarinKey`): the initials an aspirate's apostrophe alone tells apart
 * ("ch"/"zh"/"j"/"q", "ts"/"tz"/"z"/"c", "hs"/"x"/"s"/"sh", "k"/"g", "t"/"d", "p"/"b") one letter each, and the finals the systems
 * write otherwise ("-ih", "-ien", "-ieh", "-ung", "-uei") in pinyin's form. Surnames are read by their conventional spellings too,
 * Cantonese's and Hokkien's among them (`SURNAME_SPELLINGS`: 陳 "Chen", "Chan", "Tan"; 黃 "Huang", "Wong", "Ng", "Ooi").
 */

import { Converter } from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import type { CustomerContact } from '../customer-contact';
import { isGivenName } from '../given-name-genders';

const HAN = /\p{Script=Han}/u;
const HAN_WORD = /^\p{Script=Han}+$/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Traditional characters as Simplified ones (Taiwan's forms: "臺" as "台", "峯" as "峰"). */
const toSimplified = Converter({ from: 'tw', to: 'cn' });

/** Whether a text holds Chinese characters. */
export function hasHan(text: string | null | undefined): boolean {
  return typeof text === 'string' && HAN.test(text);
}

/** A text's Chinese characters in their Simplified forms; full-width letters and digits as ASCII. */
export function simplified(text: string): string {
  const narrow = text.normalize('NFKC');
  return HAN.test(narrow) ? toSimplified(narrow) : narrow;
}

/** Chinese characters in pinyin, a syllable each, no tones ("陈志明": chen, zhi, ming); a surname's reading where `surname`. */
export function hanSyllables(text: string, surname = false): string[] {
  if (!HAN.test(text)) return [];
  return pinyin(text, { toneType: 'none', type: 'array', v: true, ...(surname ? { surname: 'head' as const } : {}) })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((s) => s !== '');
}

/** Initials of Mandarin syllables in every romanisation, longest first. */
const INITIAL = /^(zh|ch|sh|jh|hs|tz|ts|sz|ss|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/;
/** The finals of Mandarin syllables in pinyin, Wade-Giles and Tongyong ("ih", "ien", "ieh", "ung", "uei", "yu" after s/j/c). */
const FINALS = new Set([
  'a', 'ai', 'an', 'ang', 'ao', 'e', 'ei', 'en', 'eng', 'er', 'erh', 'i', 'ia', 'ian', 'iang', 'iao', 'ie', 'ieh', 'ien', 'in', 'ing', 'iong', 'iung', 'iu', 'iou',
  'o', 'ong', 'ou', 'u', 'ua', 'uai', 'uan', 'uang', 'ue', 'ueh', 'uei', 'ui', 'un', 'uo', 'ung', 'v', 've', 'van', 'vn', 'ih', 'yu', 'yue', 'yuan', 'yun', 'wa',
  'wai', 'wan', 'wang', 'wei', 'wo', 'u', 'uen', 'ee', 'uh',
]);
/** Whole syllables the initial and final don't spell. */
const WHOLE: ReadonlyMap<string, string> = new Map([
  ['szu', 'si'], ['ssu', 'si'], ['sze', 'si'], ['sih', 'si'], ['tzu', 'zi'], ['zih', 'zi'], ['cih', 'ci'], ['tsu', 'zu'], ['erh', 'er'], ['jih', 'ri'], ['rih', 'ri'],
  ['i', 'yi'], ['yi', 'yi'], ['yu', 'yu'], ['you', 'yu'], ['yung', 'yong'], ['yong', 'yong'], ['yen', 'yan'], ['yan', 'yan'], ['yeh', 'ye'], ['ye', 'ye'],
  ['yueh', 'yue'], ['wun', 'wen'], ['wen', 'wen'], ['wong', 'weng'], ['weng', 'weng'],
]);

/** Whether a word of Latin letters is one Mandarin syllable in some romanisation. */
function isSyllable(w: string): boolean {
  if (WHOLE.has(w)) return true;
  const m = INITIAL.exec(w);
  if (m === null) return false;
  const [, init = '', fin = ''] = m;
  if (fin === '') return false;
  if (init === '' && !/^(a|ai|an|ang|ao|e|ei|en|eng|er|erh|o|ou|ong)$/.test(fin)) return false;
  return FINALS.has(fin);
}

/**
 * A word of Latin letters parted into Mandarin syllables ("zhiming": zhi, ming; "chihming": chih, ming), fewest first; null where
 * it is no run of syllables (an English word: "precision").
 */
export function syllablesOf(word: string): string[] | null {
  const w = word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');
  if (w === '' || w.length > 24) return null;
  const best: (string[] | null)[] = new Array<string[] | null>(w.length + 1).fill(null);
  best[0] = [];
  for (let i = 1; i <= w.length; i++) {
    for (let j = Math.max(0, i - 6); j < i; j++) {
      const before = best[j];
      const piece = w.slice(j, i);
      if (before === null || before === undefined || !isSyllable(piece)) continue;
      const current = best[i];
      if (current === null || current === undefined || before.length + 1 < current.length) best[i] = [...before, piece];
    }
  }
  return best[w.length] ?? null;
}

/** A Mandarin syllable in any romanisation as its key (see above): "chih", "zhi", "jhih" all "ji"; "hsiung", "xiong" both "siong". */
export function mandarinKey(syllable: string): string {
  const s = syllable.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z]/g, '');
  const whole = WHOLE.get(s);
  const m = INITIAL.exec(whole ?? s);
  if (m === null) return s;
  const init = m[1] ?? '';
  let fin = (m[2] ?? '')
    .replace(/^ih$/, 'i')
    .replace(/^(i|u|y?u)eh$/, '$1e')
    .replace(/^ien$/, 'ian')
    .replace(/^iung$/, 'iong')
    .replace(/^ung$/, 'ong')
    .replace(/^uei$/, 'ui')
    .replace(/^iou$/, 'iu')
    .replace(/^uen$/, 'un')
    .replace(/^ee$/, 'i')
    .replace(/^v/, 'u')
    .replace(/^y(u.*)$/, '$1')
    .replace(/^w/, 'u');
  let cls: string;
  switch (init) {
    case 'zh': case 'ch': case 'jh': case 'q': cls = 'j'; break;
    case 'j': cls = /^[iu]/.test(fin) ? 'j' : 'r'; break;
    case 'c': cls = /^i/.test(fin) ? 'j' : 'z'; break;
    case 'z': case 'ts': case 'tz': cls = 'z'; break;
    case 'x': case 'hs': case 'sh': case 's': case 'sz': case 'ss': cls = 's'; break;
    case 'g': case 'k': cls = 'k'; break;
    case 'd': case 't': cls = 't'; break;
    case 'b': case 'p': cls = 'p'; break;
    default: cls = init;
  }
  if (fin === 'o' && (cls === 'k' || cls === 'h')) fin = 'e';
  if (fin === 'o' && /^[tnlszr]$/.test(cls)) fin = 'uo';
  if (fin === 'ong' && /^[pmfw]$/.test(cls)) fin = 'eng';
  return `${cls}${fin}`;
}

/** A name's or a place's word, in characters or Latin letters, as its syllables' keys joined; a word of no syllables as written. */
export function chineseWordKey(word: string): string {
  const t = simplified(word.normalize('NFC'));
  if (HAN_WORD.test(t)) return hanSyllables(t).map(mandarinKey).join('');
  const parts = t.split(/[\s'-]+/).filter((p) => p !== '');
  const syllables = parts.map(syllablesOf);
  if (parts.length === 0 || syllables.some((s) => s === null)) return t.toLowerCase();
  return syllables.flatMap((s) => s ?? []).map(mandarinKey).join('');
}

/** Whether a word of Latin letters reads as one to four Mandarin syllables ("chihming", "zhi", "hwa"). */
export function romanisedChinese(word: string): boolean {
  const s = syllablesOf(word);
  return s !== null && s.length >= 1 && s.length <= 4;
}

/**
 * China's, Taiwan's, Hong Kong's and the Straits' common surnames (Simplified), each with the spellings written for it in Latin
 * letters: pinyin first, then Wade-Giles's, Cantonese's, Hokkien's and Teochew's, Hakka's ("陈": Chen, Chan, Tan, Chin).
 */
const SURNAME_SPELLINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['陈', ['chen', 'chan', 'tan', 'chin', 'ting']], ['林', ['lin', 'lam', 'lim', 'ling']], ['黄', ['huang', 'wong', 'ng', 'ooi', 'wee', 'hwang', 'bong', 'ung']],
  ['张', ['zhang', 'chang', 'cheung', 'teo', 'chong', 'cheong', 'tiong']], ['李', ['li', 'lee', 'lei', 'ly']], ['王', ['wang', 'wong', 'ong', 'heng', 'vong']],
  ['吴', ['wu', 'ng', 'goh', 'woo', 'ngo', 'ong', 'eng']], ['刘', ['liu', 'lau', 'lao', 'lew', 'low', 'lieu']], ['蔡', ['cai', 'tsai', 'choi', 'chua', 'tsoi', 'choy', 'chai']],
  ['杨', ['yang', 'yeung', 'yeo', 'yong', 'young', 'ieong', 'yeoh']], ['许', ['xu', 'hsu', 'hui', 'koh', 'khoo', 'hoi', 'kho']], ['郑', ['zheng', 'cheng', 'cheang', 'tay', 'teh', 'tee', 'chang']],
  ['谢', ['xie', 'hsieh', 'tse', 'chia', 'cheah', 'sia', 'seah', 'tse']], ['郭', ['guo', 'kuo', 'kwok', 'kuek', 'quek', 'koay', 'kok']], ['洪', ['hong', 'hung', 'ang']],
  ['邱', ['qiu', 'chiu', 'yau', 'khoo', 'hew', 'kew', 'khu']], ['曾', ['zeng', 'tseng', 'tsang', 'chang', 'chan', 'tsen']], ['廖', ['liao', 'liu', 'liew', 'lew', 'leow', 'liaw']],
  ['赖', ['lai', 'lye', 'loi', 'nai']], ['周', ['zhou', 'chou', 'chow', 'chew', 'chiew', 'chau', 'chau']], ['徐', ['xu', 'hsu', 'tsui', 'chui', 'chee', 'tsui', 'shu']],
  ['苏', ['su', 'so', 'soo', 'sou', 'saw']], ['叶', ['ye', 'yeh', 'yip', 'yap', 'yeap', 'ip']], ['庄', ['zhuang', 'chuang', 'chong', 'ching', 'chng', 'cheng']],
  ['吕', ['lv', 'lu', 'lyu', 'lui', 'loi', 'lue']], ['江', ['jiang', 'chiang', 'kong', 'kang', 'kiang']], ['何', ['he', 'ho', 'hoh', 'hor', 'hoe']],
  ['萧', ['xiao', 'hsiao', 'siu', 'siow', 'shaw', 'seow']], ['罗', ['luo', 'lo', 'law', 'loh', 'lor']], ['高', ['gao', 'kao', 'ko', 'kou', 'koh', 'ko']],
  ['潘', ['pan', 'poon', 'phua', 'phoon', 'pua']], ['简', ['jian', 'chien', 'kan', 'kan']], ['朱', ['zhu', 'chu', 'choo', 'chee', 'gu']], ['钟', ['zhong', 'chung', 'chong', 'cheong']],
  ['彭', ['peng', 'pang', 'phang', 'phang']], ['游', ['you', 'yu', 'yau', 'iu', 'yew']], ['詹', ['zhan', 'chan', 'chim', 'cham']], ['胡', ['hu', 'wu', 'woo', 'oh', 'ow', 'aw']],
  ['施', ['shi', 'shih', 'sze', 'see', 'si']], ['沈', ['shen', 'shum', 'sim', 'sham', 'shin']], ['余', ['yu', 'yue', 'yee', 'ee', 'ye', 'yii']], ['卢', ['lu', 'lo', 'lou', 'loh', 'lo']],
  ['梁', ['liang', 'leung', 'neo', 'leong', 'neoh', 'nio']], ['赵', ['zhao', 'chao', 'chiu', 'chew', 'teo', 'chio']], ['颜', ['yan', 'yen', 'ngan', 'gan']],
  ['柯', ['ke', 'ko', 'kwa', 'kua', 'or']], ['翁', ['weng', 'yung', 'ang', 'ong', 'wung']], ['魏', ['wei', 'ngai', 'gui', 'ngui']], ['孙', ['sun', 'suen', 'soon', 'sng']],
  ['戴', ['dai', 'tai', 'tay']], ['范', ['fan', 'faan', 'huan', 'fam']], ['方', ['fang', 'fong', 'png', 'hong', 'pang']], ['宋', ['song', 'sung', 'soong']],
  ['邓', ['deng', 'teng', 'tang', 'dang']], ['杜', ['du', 'tu', 'tou', 'toh', 'to']], ['傅', ['fu', 'foo', 'poh', 'hu']], ['侯', ['hou', 'hau', 'hew', 'kau']],
  ['曹', ['cao', 'tsao', 'cho', 'tso', 'chou', 'chao']], ['薛', ['xue', 'hsueh', 'sit', 'sih', 'seet']], ['丁', ['ding', 'ting', 'teng', 'tang']], ['卓', ['zhuo', 'cho', 'cheuk', 'toh']],
  ['马', ['ma', 'mah', 'beh']], ['阮', ['ruan', 'juan', 'yuen', 'nguyen', 'wan']], ['董', ['dong', 'tung', 'tong']], ['唐', ['tang', 'tong', 'tng']], ['蓝', ['lan', 'lam', 'na']],
  ['蒋', ['jiang', 'chiang', 'cheung', 'chiang']], ['石', ['shi', 'shih', 'shek', 'chio', 'sek']], ['温', ['wen', 'wan', 'boon', 'woon', 'un']], ['纪', ['ji', 'chi', 'kee', 'kei', 'ki']],
  ['欧阳', ['ouyang', 'auyeung', 'owyang', 'oyang', 'au-yeung']], ['冯', ['feng', 'fung', 'pang', 'foong']], ['程', ['cheng', 'ching', 'tay']], ['姚', ['yao', 'yiu', 'yew', 'iau']],
  ['袁', ['yuan', 'yuen', 'wan', 'oon']], ['康', ['kang', 'hong', 'khong']], ['田', ['tian', 'tien', 'tin']], ['钱', ['qian', 'chien', 'chin', 'chee']], ['韩', ['han', 'hon']],
  ['汪', ['wang', 'wong', 'ong']], ['邹', ['zou', 'tsou', 'chow', 'chau']], ['白', ['bai', 'pai', 'pak', 'peh']], ['涂', ['tu', 'to', 'thoo']], ['尤', ['you', 'yu', 'yau', 'yiu']],
  ['巫', ['wu', 'mo', 'boo', 'moo']], ['金', ['jin', 'chin', 'kam', 'kim']], ['陆', ['lu', 'luk', 'lok', 'liok']], ['古', ['gu', 'ku', 'koo', 'kou']], ['凌', ['ling', 'leng']],
  ['梅', ['mei', 'mui', 'moi', 'boey']], ['孔', ['kong', 'kung', 'hung']], ['黎', ['li', 'lai', 'lay', 'le']], ['龚', ['gong', 'kung', 'kong']], ['严', ['yan', 'yim', 'gian', 'yen']],
  ['谭', ['tan', 'tam', 'tham', 'taam']], ['岑', ['cen', 'tsen', 'sham', 'shum']], ['麦', ['mai', 'mak', 'mark', 'bek']], ['邝', ['kuang', 'kwong', 'kong']], ['区', ['ou', 'au', 'ow']],
  ['甘', ['gan', 'kam', 'kan']], ['章', ['zhang', 'chang', 'cheung']], ['姜', ['jiang', 'chiang', 'keung', 'kang']], ['贺', ['he', 'ho']], ['毛', ['mao', 'mo', 'mou']],
  ['秦', ['qin', 'chin', 'chun']], ['任', ['ren', 'jen', 'yam', 'yum']], ['殷', ['yin', 'yan']], ['易', ['yi', 'yik']], ['万', ['wan', 'man', 'ban']], ['熊', ['xiong', 'hsiung', 'hung']],
  ['孟', ['meng', 'mang']], ['雷', ['lei', 'lui', 'louie']], ['史', ['shi', 'shih', 'sze']], ['邵', ['shao', 'siu', 'shiu']], ['汤', ['tang', 'tong', 'thng']], ['祝', ['zhu', 'chu', 'chuk']],
  ['连', ['lian', 'lien', 'lin', 'lean']], ['倪', ['ni', 'ngai', 'gey']], ['粘', ['nian', 'nien', 'liam']], ['骆', ['luo', 'lo', 'lok']], ['宁', ['ning', 'ling']], ['司徒', ['situ', 'szeto', 'seto']],
  ['上官', ['shangguan', 'sheungkoon']], ['诸葛', ['zhuge', 'chuko']], ['司马', ['sima', 'szema']], ['张简', ['zhangjian', 'changchien']], ['范姜', ['fanjiang', 'fanchiang']],
  ['东方', ['dongfang', 'tungfang']], ['皇甫', ['huangfu', 'wongfu']], ['公孙', ['gongsun', 'kungsun']], ['夏', ['xia', 'hsia', 'ha']], ['姬', ['ji', 'chi']], ['童', ['tong', 'tung']],
  ['于', ['yu', 'yue', 'yee']], ['车', ['che', 'chea', 'chia']], ['鲁', ['lu', 'lou']], ['柳', ['liu', 'lau']], ['葛', ['ge', 'ko', 'kot']], ['欧', ['ou', 'au', 'ow']], ['龙', ['long', 'lung', 'loong']],
  ['华', ['hua', 'wah', 'hwa']], ['崔', ['cui', 'tsui', 'choi', 'chui']], ['贾', ['jia', 'chia', 'ka']], ['陶', ['tao', 't\'ao', 'to']],
  ['邢', ['xing', 'hsing', 'ying']], ['顾', ['gu', 'ku', 'koo']], ['尹', ['yin', 'wan']], ['段', ['duan', 'tuan', 'tuen']],
  ['向', ['xiang', 'hsiang', 'heung']], ['常', ['chang', 'sheung']], ['武', ['wu', 'mo', 'bu']], ['乔', ['qiao', 'chiao', 'kiu']],
  ['文', ['wen', 'man', 'boon']], ['庞', ['pang', 'pong']], ['樊', ['fan']], ['兰', ['lan']],
  ['翟', ['zhai', 'chai']], ['安', ['an', 'on']], ['牛', ['niu']], ['芦', ['lu']], ['季', ['ji', 'chi', 'kwai']],
  ['俞', ['yu', 'yue']], ['伍', ['wu', 'ng', 'ngo']], ['韦', ['wei', 'wai']], ['申', ['shen', 'san']], ['毕', ['bi', 'pi', 'bat']],
  ['聂', ['nie', 'nieh', 'nip']], ['丛', ['cong']], ['焦', ['jiao', 'chiao', 'chiu']], ['路', ['lu']], ['岳', ['yue', 'yueh', 'ngok']],
  ['齐', ['qi', 'chi', 'chai']], ['沿', ['yan']], ['莫', ['mo', 'mok', 'bok']], ['辛', ['xin', 'hsin', 'sun']], ['管', ['guan', 'kuan', 'koon']],
  ['左', ['zuo', 'tso', 'cho']], ['谷', ['gu', 'ku']], ['祁', ['qi']], ['时', ['shi', 'shih', 'si']], ['舒', ['shu']], ['耿', ['geng', 'keng']],
  ['牟', ['mou']], ['卜', ['bu', 'pu', 'pok']], ['关', ['guan', 'kuan', 'kwan', 'quan']], ['苗', ['miao']], ['费', ['fei', 'fai']],
  ['靳', ['jin']], ['盛', ['sheng', 'shing']], ['甄', ['zhen', 'chen', 'yan']], ['项', ['xiang']], ['曲', ['qu']], ['成', ['cheng', 'shing', 'seng']],
  ['阳', ['yang']], ['裴', ['pei', 'pui']], ['席', ['xi']], ['卫', ['wei', 'wai']], ['查', ['zha', 'cha']], ['屈', ['qu', 'wat']], ['鲍', ['bao', 'pao', 'pau']],
  ['位', ['wei']], ['覃', ['qin', 'tam']], ['霍', ['huo', 'fok']], ['隋', ['sui']], ['植', ['zhi', 'chik']], ['景', ['jing']], ['薄', ['bo']], ['单', ['shan', 'dan']],
  ['包', ['bao', 'pao']], ['司', ['si']], ['柏', ['bai', 'po']], ['柴', ['chai']], ['饶', ['rao', 'jao', 'yiu']], ['蒲', ['pu']], ['邬', ['wu']], ['官', ['guan', 'kuan']],
  ['郝', ['hao']], ['阙', ['que', 'chueh']], ['钮', ['niu']],
];
/** A surname (Simplified) → its key; a spelling in Latin letters → the keys of the surnames it is written for. */
const SURNAME_KEY = new Map<string, string>();
const SPELLING_KEYS = new Map<string, string[]>();
for (const [han, spellings] of SURNAME_SPELLINGS) {
  const key = mandarinKey(spellings[0] ?? han);
  SURNAME_KEY.set(han, han.length > 1 ? (syllablesOf(spellings[0] ?? '') ?? []).map(mandarinKey).join('') : key);
  for (const s of spellings) {
    const w = s.replace(/[^a-z]/g, '');
    const keys = SPELLING_KEYS.get(w) ?? [];
    if (!keys.includes(SURNAME_KEY.get(han) ?? key)) SPELLING_KEYS.set(w, [...keys, SURNAME_KEY.get(han) ?? key]);
  }
}

/** Whether a word of characters is a Chinese surname (Traditional or Simplified). */
export function isChineseSurname(word: string): boolean {
  return SURNAME_KEY.has(simplified(word));
}

/** Whether a word of Latin letters is a Chinese surname's spelling ("chen", "tan", "hsieh"). */
export function isChineseSurnameSpelling(word: string): boolean {
  return SPELLING_KEYS.has(word.toLowerCase().replace(/[^a-z]/g, ''));
}

/**
 * The keys a surname is read as, whichever script: characters by their surname's key (or their syllables'), a spelling by every
 * surname it is written for ("wong": 黄's and 王's), else its syllables' key.
 */
export function chineseSurnameKeys(written: string): string[] {
  const t = simplified(written.trim());
  const known = SURNAME_KEY.get(t);
  if (known !== undefined) return [known];
  if (HAN_WORD.test(t)) return [hanSyllables(t, true).map(mandarinKey).join('')];
  const w = t.toLowerCase().replace(/[^a-z]/g, '');
  const keys = SPELLING_KEYS.get(w);
  return keys ?? [chineseWordKey(t)];
}

/** Honorifics and job titles after a Chinese name ("陈先生", "王经理", "刘经理 小姐", "楊承勇經理"), Simplified: no word of it. */
const CHINESE_TITLE =
  /(?:\s*(?:先生|小姐|女士|太太|夫人|总经理|副总经理|经理|副总|老板娘|老板|董事长|主任|老师|医师|医生|师傅|技士|技正|课长|科长|厂长|会计|出纳|协理|处长|校长|组长|店长|专员|助理|襄理|特助|博士|律师|采购|业务|秘书|总务|工程师|股长|队长|院长|所长|局长|部长|护理长|主委|执行长|总监|董事))+$/u;
/** A country's, a province's or a place's words in a record: those of a Chinese-speaking country, its phone's code, its mail services. */
function chineseCountry(c: CustomerContact): boolean {
  return (
    /^\s*(?:tw|twn|taiwan.*|r\.?o\.?c\.?|cn|chn|china|p\.?r\.? ?china|hk|hkg|hong kong.*|mo|macau|macao|my|malaysia|sg|singapore|台湾|臺灣|台灣|中华民国|中華民國|中国|中國|香港|马来西亚|馬來西亞|新加坡)\s*$/i.test(c.address?.country ?? '') ||
    /^\s*\(?\s*(?:\+|00)\s*(?:886|86|852|853)\b/.test(c.phone ?? '') ||
    /@(?:[a-z0-9-]+\.)*(?:qq\.com|163\.com|126\.com|sina\.com|sohu\.com|hinet\.net|netvigator\.com|[a-z0-9-]+\.(?:tw|cn|hk))\s*$/i.test(c.email ?? '')
  );
}
/** Whether a record is Japan's by what it writes (kana, its country, phone or mailbox, its address's marks): kanji are read as Japan's. */
function japaneseRecord(c: CustomerContact): boolean {
  const text = [c.displayName, c.givenName, c.familyName, c.companyName, c.address?.line1, c.address?.line2, c.address?.city, c.address?.region].filter((v): v is string => typeof v === 'string').join(' ');
  return (
    KANA.test(text) ||
    /丁目|番地|東京都|大阪府|京都府|北海道|県\S*[市区町村郡]|株式会社|有限会社|合同会社|〒/u.test(text) ||
    /^\s*(?:jp|jpn|japan|日本)\s*$/i.test(c.address?.country ?? '') ||
    /^\s*\(?\s*(?:\+|00)\s*81\b/.test(c.phone ?? '') ||
    /\.jp\s*$/i.test(c.email ?? '')
  );
}

/** Kanji Japan writes and Chinese writes otherwise, in neither its Traditional nor its Simplified forms (OpenCC's Japanese table: "実", "浄", "県", "駅", "広", "沢", "様"): a Japanese record's. */
const JAPANESE_KANJI = /[実浄様県駅広沢桜辺恵栄売読歳単戦鉄覚蔵薬関転伝円図弁拝豊浜滝竜亜悪圧囲営塩応穏仮価拡楽巻勧歓缶観陥気戯犠拠挙暁駆勲掲渓経継軽撃砕斎剤済雑賛糸歯児釈収従渋獣縦粛処剰畳嬢譲醸慎粋酔穂瀬摂専銭繊捜挿巣荘総騒臓続対帯択弾遅鋳聴逓稲闘徳弐悩脳廃発髪抜晩瓶払仏変褒翻毎満黙訳揺頼覧両猟涙塁戻霊齢暦歴労]/u;
/** What says a record is Chinese: a Chinese firm's forms, Chinese titles, a Taiwanese or mainland address's parts. */
const CHINESE_MARKS = /有限公司|股份|[(（]股[)）]|企[业業]社|公司|商行|公所|[国國][小中]|小姐|女士|太太|[经經]理|老[闆板]|董事[长長]|[路街](?:[一二三四五六七八九十\d]+段)?(?:\d+巷)?(?:\d+弄)?\s*[\d０-９]+\s*[號号]|\d+\s*巷|\d+\s*弄|[一二三四五六七八九十\d]段/u;

/**
 * Whether a record is read as Chinese: characters in its names or address, none of Japan's marks (kana, Japan's own kanji, its
 * address's and firms' words, its country, phone or mailbox), and one of China's: a Chinese-speaking country's details, a Chinese
 * firm's forms or titles, an address's road, lane or number, or a person's name of a common Chinese surname and one or two characters
 * written whole ("陈志明"; "大橋 実", "安藤 優子" are Japanese names' forms).
 */
export function chineseRecord(c: CustomerContact): boolean {
  const fields = [c.displayName, c.givenName, c.familyName, c.companyName, c.address?.line1, c.address?.line2, c.address?.city];
  if (!fields.some(hasHan) && !chineseCountry(c)) return false;
  if (japaneseRecord(c)) return false;
  const text = fields.filter((v): v is string => typeof v === 'string').join(' ');
  if (JAPANESE_KANJI.test(text)) return false;
  if (chineseCountry(c) || CHINESE_MARKS.test(text)) return true;
  // A firm's trade in characters, no Japanese firm's form or kana beside it ("萬立食品", "益發機械").
  if (CHINESE_TRADES.test(text)) return true;
  const shown = (c.displayName ?? '').trim().replace(CHINESE_TITLE, '').replace(/\s*[(（][^()（）]{1,12}[)）]\s*$/u, '');
  const parted = /^\p{Script=Han}{2,3}$/u.test(shown) ? partedName(shown) : null;
  // A person's name of a Chinese surname that opens no Japanese one ("陈志明"; not "林", "高", "田", "石": "林英二", "高橋").
  return parted !== null && parted.family.length === 1 && SURNAME_KEY.has(simplified(parted.family)) && !SURNAMES_JAPAN_SHARES.has(simplified(parted.family));
}

/** Chinese surnames that open Japanese ones as often ("林" Hayashi, "高橋", "田中", "石井", "金子", "江口", "安藤"): no mark of a Chinese record alone. */
const SURNAMES_JAPAN_SHARES = new Set([...'林高田石金江安古白成文方谷武向宫水梅柳平关松石井森岩'].map((ch) => simplified(ch)));
/** Chinese firms' trades in characters (Traditional and Simplified), as `CHINESE_TRADE_WORDS` reads them. */
const CHINESE_TRADES = /食品|[機机]械|[實实][業业]|企[業业]|五金|[電电]子|[電电][機机]|科技|[貿贸][易]|精密|[氣气][動动]|[軸轴][承]|[齒齿][輪轮]|模具|塑[膠胶料]|[鋼钢][鐵铁]|包[裝装]|[紡纺][織织]|自[動动]化|油[壓压]|液[壓压]|[國国][際际]|螺[絲丝]|[診诊]所|[醫医]院|[國国][小中]|高[中工職职]|[宮宫]$|[廟庙]$|工具行|商行|企[業业]社/u;

/** Titles' sounds, typed with other characters ("王先声" for "王先生"). */
const TITLE_SOUNDS = ['先生', '小姐', '女士', '太太', '经理', '老板'];
let titleKeys: ReadonlySet<string> | null = null;

/** A person's name in characters without its title, written or heard; the text as written where nothing is left. */
function withoutTitle(v: string): string {
  const cut = v.trim().replace(CHINESE_TITLE, '').trim();
  titleKeys ??= new Set(TITLE_SOUNDS.map((t) => [...t].map(characterKey).join('|')));
  const plain = cut.replace(/[\s\u3000]+/gu, '');
  const heard = plain.length >= 3 && HAN_WORD.test(plain) && titleKeys.has([...plain.slice(-2)].map(characterKey).join('|')) ? plain.slice(0, -2) : cut;
  return heard === '' ? v.trim() : heard;
}

/** Whether two given names in characters are one with a character an old import lost ("?豪" / "家豪", "桂□" / "桂欣"). */
export function givenWithLostCharacter(a: string, b: string): boolean {
  const [x, y] = [[...simplified(a)], [...simplified(b)]];
  if (x.length !== y.length || x.length < 2) return false;
  const lost = (ch: string | undefined) => ch === '?' || ch === '□' || ch === '〇';
  return x.some(lost) !== y.some(lost) && x.every((ch, i) => lost(ch) || lost(y[i]) || ch === y[i]) && x.filter((ch, i) => !lost(ch) && !lost(y[i])).length >= 1;
}

/** A person's name in characters parted after its surname (two characters' first where they are one: "欧阳", "张简"); null where no surname opens it. */
function partedName(name: string): { family: string; given: string | null } | null {
  const w = name.replace(/\s+/g, '');
  // A character an old import lost ("陈?豪", "陈桂□") stands in the given name.
  if (!/^\p{Script=Han}[\p{Script=Han}?□〇]*$/u.test(w) || w.length > 4) return null;
  const two = w.slice(0, 2);
  if (w.length >= 3 && SURNAME_KEY.has(simplified(two))) return { family: two, given: w.slice(2) };
  const one = w.slice(0, 1);
  if (!SURNAME_KEY.has(simplified(one))) return null;
  return { family: one, given: w.length === 1 ? null : w.slice(1) };
}

/** Latin words beside a person's name in characters ("陈桂欣 Abigail", "Elizabeth 刘玲桂"): off, the name in characters kept. */
function hanNameOnly(v: string): string {
  const words = v.trim().split(/\s+/);
  const han = words.filter((w) => HAN_WORD.test(w));
  return han.length >= 1 && han.length < words.length && words.every((w) => HAN_WORD.test(w) || /^[A-Za-z.'-]+$/.test(w)) ? han.join('') : v;
}

/** A Chinese firm's form (Simplified), at its name's end or before a branch: as English writes it. Longest first. */
const CHINESE_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/股份[(（]有[)）]|股份有限公司|股份(?:有[限现线]?)?公?司|股份有限|股份$|[(（]股[)）]\s*公司|[(（]股[)）]/gu, ' Co., Ltd. '],
  [/有限公司|有限司|有现公司|有限责任公司|[(（]有[)）]/gu, ' Co., Ltd. '],
  [/企业社/gu, ' Enterprise '],
  [/(?<=\p{Script=Han})公司(?=$|\s|[(（]|分公司)/gu, ' Co. '],
];

/** A Chinese organisation's words of its trade, kind and unit (Simplified), as English writes them, read off a word of characters. Longest first. */
const CHINESE_TRADE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['高级工业职业学校', 'vocational high school'], ['高级商业职业学校', 'commercial high school'], ['高级中学', 'senior high school'], ['国民小学', 'elementary school'],
  ['国民中学', 'junior high school'], ['职业学校', 'vocational school'], ['综合医院', 'general hospital'], ['牙医诊所', 'dental clinic'], ['关系企业', 'group'],
  ['分公司', 'branch'], ['营业所', 'sales office'], ['办事处', 'office'], ['自动化', 'automation'], ['区公所', 'district office'],
  ['乡公所', 'township office'], ['镇公所', 'township office'], ['市公所', 'city office'], ['公所', 'office'],
  ['精密', 'precision'], ['工业', 'industrial'], ['实业', 'industrial'], ['企业', 'enterprise'], ['机械', 'machinery'], ['机电', 'electromechanical'], ['五金', 'hardware'],
  ['工具', 'tools'], ['气动', 'pneumatic'], ['轴承', 'bearing'], ['油压', 'hydraulic'], ['液压', 'hydraulic'], ['齿轮', 'gear'], ['模具', 'mold'], ['电子', 'electronics'],
  ['电机', 'electric machinery'], ['电器', 'electric'], ['电气', 'electric'], ['科技', 'technology'], ['技术', 'technology'], ['贸易', 'trading'], ['国际', 'international'],
  ['钢铁', 'steel'], ['塑胶', 'plastics'], ['塑料', 'plastics'], ['化学', 'chemical'], ['化工', 'chemical'], ['工程', 'engineering'], ['包装', 'packaging'], ['食品', 'food'],
  ['印刷', 'printing'], ['纺织', 'textile'], ['建设', 'construction'], ['营造', 'construction'], ['材料', 'materials'], ['金属', 'metal'], ['仪器', 'instruments'],
  ['设备', 'equipment'], ['零件', 'parts'], ['汽车', 'auto'], ['铸造', 'casting'], ['精机', 'precision machinery'], ['橡胶', 'rubber'], ['医疗', 'medical'], ['动力', 'power'],
  ['传动', 'transmission'], ['控制', 'control'], ['马达', 'motor'], ['螺丝', 'screw'], ['弹簧', 'spring'], ['阀门', 'valve'], ['光电', 'optoelectronics'], ['能源', 'energy'],
  ['环保', 'environmental'], ['物流', 'logistics'], ['运输', 'transport'], ['商店', 'store'], ['工厂', 'factory'], ['商行', 'store'], ['医院', 'hospital'], ['诊所', 'clinic'],
  ['国小', 'elementary school'], ['国中', 'junior high school'], ['高中', 'senior high school'], ['高工', 'vocational high school'], ['高职', 'vocational high school'],
  ['小学', 'elementary school'], ['中学', 'high school'], ['大学', 'university'], ['学校', 'school'], ['总厂', 'factory'], ['二厂', 'factory 2'], ['三厂', 'factory 3'],
];

/** The English words of firms' trades (`CHINESE_TRADE_WORDS`), not of schools', offices', hospitals' or temples'. */
const FIRM_TRADES = new Set(
  CHINESE_TRADE_WORDS.map(([, english]) => english)
    .flatMap((e) => e.split(' '))
    .filter((w) => !['school', 'office', 'division', 'branch', 'hospital', 'clinic', 'university', 'elementary', 'junior', 'senior', 'high', 'vocational', 'commercial', 'general', 'dental', 'township', 'district', 'city', 'sales', 'group', 'factory', '2', '3'].includes(w)),
);

/** Units of a school, a public office, a hospital (Simplified): "总务处", "民政课", "清洁队", "工务室" as "总务 office", "民政 division". */
const CHINESE_UNIT = /(?<!工作)(\p{Script=Han}{2})(课|处|室|科|组|队)$/u;

/** A word of characters with its trade's words in English ("万峰气动工业": "万峰 pneumatic industrial"); a word all trade words read whole. */
function withChineseTradeWords(word: string, depth = 0): string {
  if (!HAN_WORD.test(word) || depth > 6) return word;
  const unit = CHINESE_UNIT.exec(word);
  if (unit !== null && word.length >= 3) {
    const kind = unit[2] === '处' || unit[2] === '室' ? 'office' : 'division';
    return `${withChineseTradeWords(word.slice(0, -(unit[0] ?? '').length), depth + 1)} ${unit[1] ?? ''} ${kind}`.trim();
  }
  for (const [han, english] of CHINESE_TRADE_WORDS) {
    if (word === han) return english;
    if (word.endsWith(han)) return `${withChineseTradeWords(word.slice(0, -han.length), depth + 1)} ${english}`;
  }
  // "行" closing a shop's name after a trade's word or a name of two characters or more ("亿美工具行", "永信行"): a store.
  if (word.length >= 3 && word.endsWith('行') && !word.endsWith('银行')) return `${withChineseTradeWords(word.slice(0, -1), depth + 1)} store`;
  // A factory of its company ("大园厂"), a temple ("福德宫").
  if (word.length >= 3 && word.endsWith('厂')) return `${word.slice(0, -1)} factory`;
  if (word.length >= 3 && /[宫庙]$/u.test(word)) return `${word.slice(0, -1)} temple`;
  return word;
}

/** A place's word opening an organisation's name ("台湾", "嘉义县", "深圳市", "国立"): parted from the rest, its "县"/"市" off; "国立"/"市立"/"县立"/"私立" off. */
function withPlacePartedOff(text: string): string {
  // A public office's or a school's county or city before it: off ("台中市大雅区公所", "大雅区公所" are one office's names).
  if (/公所|学校|国小|国中|高中|高工|高职/u.test(text)) return text.replace(/^(?:国立|市立|县立|私立)?\s*\p{Script=Han}{2}[县市](?=\p{Script=Han}{3,})/u, '').replace(/^(?:国立|市立|县立|私立)\s*/u, '');
  return text
    .replace(/^(?:国立|市立|县立|私立|财团法人)\s*/u, '')
    .replace(/^(\p{Script=Han}{2})(?:县|市)(?=\p{Script=Han}{2})/u, '$1 ')
    .replace(/^(台湾|中华|亚洲|香港|台北|台中|台南|高雄)(?=\p{Script=Han}{2})/u, '$1 ');
}

/** A character's syllable's key (`mandarinKey`); kept for the characters read, a pure function's answers. */
const CHARACTER_KEYS = new Map<string, string>();
function characterKey(ch: string): string {
  const known = CHARACTER_KEYS.get(ch);
  if (known !== undefined) return known;
  const key = hanSyllables(ch).map(mandarinKey).join('');
  if (CHARACTER_KEYS.size < 50_000) CHARACTER_KEYS.set(ch, key);
  return key;
}

/** Forms' and trades' words a typist's input method writes with other characters of their sounds ("齿伦" for "齿轮", "古份" for "股份", "公思" for "公司"). */
let heardWords: ReadonlyArray<readonly [string, readonly string[]]> | null = null;
function knownWords(): ReadonlyArray<readonly [string, readonly string[]]> {
  heardWords ??= [...new Set(['股份有限公司', '股份公司', '有限公司', '股份', '有限', '公司', '企业社', ...CHINESE_TRADE_WORDS.map(([w]) => w)])]
    .filter((w) => w.length >= 2)
    .sort((a, b) => b.length - a.length)
    .map((w) => [w, [...w].map(characterKey)] as const);
  return heardWords;
}

/** A name's forms' and trades' words written with characters of their sounds, as those words ("巨晖刚贴" as "巨晖钢铁"). */
function withKnownWordsHeard(text: string): string {
  const chars = [...text];
  if (chars.length > 60) return text;
  const keys = chars.map((ch) => (HAN.test(ch) ? characterKey(ch) : null));
  for (let i = 0; i < chars.length; i++) {
    for (const [word, wordKeys] of knownWords()) {
      const n = wordKeys.length;
      if (i + n > chars.length) continue;
      // The word itself, written so, or heard: read past it.
      const written = chars.slice(i, i + n).join('') === word;
      if (written || wordKeys.every((k, j) => k !== '' && keys[i + j] === k)) {
        if (!written) chars.splice(i, n, ...word);
        i += n - 1;
        break;
      }
    }
  }
  return chars.join('');
}

/** A Chinese organisation's name (Simplified) as the matcher reads an English one: its form at the end, its trade's words in English. */
export function chineseFirmRead(written: string): string {
  // A display in both scripts ("立丰精密实业有限公司 Li Feng Precision Enterprise Company Limited"): the name in characters.
  const parts = written.trim().split(/\s+/);
  const latin = parts.filter((w) => /^[A-Za-z.,&()'-]+$/.test(w));
  const text = latin.length >= 2 && HAN.test(parts[0] ?? '') ? parts.filter((w) => !latin.includes(w)).join(' ') : written;
  // Spaces between characters are a typist's, not words' ("隆锠气动股份 有限公司").
  let t = withKnownWordsHeard(simplified(text).replace(/(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '')).replace(/[/／\-－–·・]/gu, ' ').replace(/分公司/gu, ' branch ');
  const forms: string[] = [];
  // The form after the name, a branch's place and "branch" after the form ("XX股份有限公司台中分公司": "XX 台中 branch Co., Ltd.").
  for (const [form, english] of CHINESE_FORMS) {
    t = t.replace(form, () => {
      forms.push(english.trim());
      return ' ';
    });
  }
  const words = t
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => (HAN_WORD.test(w) ? withChineseTradeWords(withPlacePartedOff(w)) : w))
    .join(' ')
    .split(/\s+/)
    .map((w) => (HAN_WORD.test(w) ? withChineseTradeWords(w) : w));
  const read = words.join(' ').replace(/\s+/g, ' ').trim();
  // A firm named by its trade without its form ("益发机械" for "益发机械股份有限公司"): a company still, as its register writes it.
  const trade = read.split(' ').some((w) => FIRM_TRADES.has(w)) && !read.split(' ').includes('store');
  const form = forms.find((f) => f !== 'Enterprise') ?? forms[0] ?? (trade && /\p{Script=Han}/u.test(read) ? 'Co., Ltd.' : undefined);
  return read === '' ? text : `${read}${form === undefined ? '' : ` ${form}`}`;
}

/** Taiwan's cities and counties (Simplified) by the names their English addresses write; old counties and short forms by the city now. */
const TAIWAN_CITIES: ReadonlyArray<readonly [string, string]> = [
  ['台北', 'Taipei'], ['新北', 'New Taipei'], ['桃园', 'Taoyuan'], ['台中', 'Taichung'], ['台南', 'Tainan'], ['高雄', 'Kaohsiung'], ['基隆', 'Keelung'], ['新竹', 'Hsinchu'],
  ['嘉义', 'Chiayi'], ['苗栗', 'Miaoli'], ['彰化', 'Changhua'], ['南投', 'Nantou'], ['云林', 'Yunlin'], ['屏东', 'Pingtung'], ['宜兰', 'Yilan'], ['花莲', 'Hualien'],
  ['台东', 'Taitung'], ['澎湖', 'Penghu'], ['金门', 'Kinmen'], ['连江', 'Lienchiang'],
];
const CITY_BY_HAN = new Map(TAIWAN_CITIES);
const CITY_BY_LATIN = new Map(TAIWAN_CITIES.map(([, latin]) => [latin.toLowerCase().replace(/[^a-z]/g, ''), latin]));
for (const [written, city] of [['taipeicounty', 'New Taipei'], ['newtaipeicity', 'New Taipei'], ['taichungcounty', 'Taichung'], ['kaohsiungcounty', 'Kaohsiung'], ['tainancounty', 'Tainan'], ['taoyuancounty', 'Taoyuan'], ['chiayicounty', 'Chiayi'], ['hsinchucounty', 'Hsinchu']] as const) CITY_BY_LATIN.set(written, city);
/** Short forms ("北市", "高市") and old counties ("台北县": 新北 now). */
const CITY_SHORT = new Map([['北市', '台北'], ['中市', '台中'], ['高市', '高雄'], ['南市', '台南'], ['桃市', '桃园'], ['竹市', '新竹'], ['基市', '基隆'], ['嘉市', '嘉义'], ['台北县', '新北'], ['台中县', '台中'], ['高雄县', '高雄'], ['台南县', '台南'], ['桃园县', '桃园']]);

const CHINESE_DIGITS = new Map([['一', 1], ['二', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9], ['十', 10]]);
/** A number in digits or Chinese numerals up to 99 ("三" 3, "十二" 12, "二十" 20). */
function numberOf(v: string): string {
  if (/^\d+$/.test(v)) return String(Number(v));
  const [a = '', b = '', c = ''] = [...v];
  if (v.length === 1) return String(CHINESE_DIGITS.get(a) ?? v);
  if (a === '十') return String(10 + (CHINESE_DIGITS.get(b) ?? 0));
  if (b === '十') return String((CHINESE_DIGITS.get(a) ?? 0) * 10 + (CHINESE_DIGITS.get(c) ?? 0));
  return v;
}

/** A city's name in either script as Taiwan's English name, else its syllables' key; its "市"/"县"/"City"/"County" off. */
export function chineseCityRead(v: string): string {
  const t = simplified(v.trim()).replace(/\s+/g, '');
  const short = CITY_SHORT.get(t);
  if (short !== undefined) return CITY_BY_HAN.get(short) ?? short;
  if (HAN.test(t)) {
    const name = t.replace(/^(?:台湾省?|中华民国|\p{Script=Han}{2}省)/u, '').replace(/[市县]$/u, '');
    return CITY_BY_HAN.get(name) ?? chineseWordKey(name);
  }
  const latin = t.toLowerCase().replace(/[^a-z]/g, '');
  const known = CITY_BY_LATIN.get(latin) ?? CITY_BY_LATIN.get(latin.replace(/(?:city|county)$/, ''));
  return known ?? v;
}

interface TaiwanAddress {
  readonly city: string | null;
  readonly road: string;
  readonly kind: string;
  readonly section: string | null;
  readonly lane: string | null;
  readonly alley: string | null;
  readonly number: string;
  readonly floor: string | null;
  readonly postcode: string | null;
}

const DIRECTIONS = new Map([['北', 'n'], ['南', 's'], ['东', 'e'], ['西', 'w'], ['n', 'n'], ['north', 'n'], ['s', 's'], ['south', 's'], ['e', 'e'], ['east', 'e'], ['w', 'w'], ['west', 'w']]);

/** An address in characters ("台北市内湖区瑞光路 123 号 5 楼之 2", "仁德区福德街271巷77号11F"), read by its parts; null where it is no such. */
function hanAddress(text: string): TaiwanAddress | null {
  let t = simplified(text).replace(/[\s,，、]+/gu, '');
  const postcode = /^(\d{3,6})/.exec(t)?.[1] ?? null;
  t = t.replace(/^\d{3,6}/, '').replace(/^(?:台湾省?|中华民国|中国)/u, '').replace(/^\p{Script=Han}{2,3}省/u, '');
  let city: string | null = null;
  const short = /^(北市|中市|高市|南市|桃市|竹市|基市|嘉市|台北县|台中县|高雄县|台南县|桃园县)/u.exec(t);
  if (short !== null) {
    city = CITY_SHORT.get(short[1] ?? '') ?? null;
    t = t.slice((short[1] ?? '').length);
  } else {
    const c = /^(\p{Script=Han}{2})[市县](?=\p{Script=Han}{2,})/u.exec(t);
    if (c !== null) {
      city = c[1] ?? null;
      t = t.slice((c[0] ?? '').length);
    }
  }
  // The district, township or town; a village and its neighbourhood, a mainland town's sub-district (街道) before the road.
  t = t.replace(/^(\p{Script=Han}{1,3}?[区乡镇市])?\p{Script=Han}{2}街道(?=\p{Script=Han})/u, '$1').replace(/^\p{Script=Han}{1,3}?[区乡镇市](?=\p{Script=Han}+?(?:大道|路|街))/u, '').replace(/^\p{Script=Han}{1,3}?[里村](?:\d+邻)?(?=\p{Script=Han}+?(?:大道|路|街))/u, '');
  const m = /^(\p{Script=Han}[\p{Script=Han}\d]*?)(大道|路|街)(?:([一二三四五六七八九十\d]{1,3})段)?(?:(\d+)巷)?(?:(\d+)弄)?(\d+(?:[-之]\d+)?)号(?:之(\d+))?(.*)$/u.exec(t);
  if (m === null) return null;
  const [, name = '', kind = '', section, lane, alley, number = '', numberSub, rest = ''] = m;
  const floor = /^(?:(\d+)|([一二三四五六七八九十]{1,3}))(?:楼|F|f|层)(?:之(\d+)|-(\d+))?/u.exec(rest);
  const floorRead = floor === null ? null : `${floor[1] ?? numberOf(floor[2] ?? '')}${floor[3] ?? floor[4] ? `-${floor[3] ?? floor[4] ?? ''}` : ''}`;
  return {
    city: city === null ? null : (CITY_BY_HAN.get(city) ?? chineseWordKey(city)),
    road: name,
    kind: kind === '街' ? 'St' : kind === '大道' ? 'Blvd' : 'Rd',
    section: section === undefined ? null : numberOf(section),
    lane: lane ?? null,
    alley: alley ?? null,
    number: `${number.replace('之', '-')}${numberSub === undefined ? '' : `-${numberSub}`}`,
    floor: floorRead,
    postcode,
  };
}

/** An address in Taiwan's English form ("5F.-2, No. 123, Ruiguang Rd., Neihu Dist., Taipei City 114"), read by its parts; null where it is no such. */
function latinTaiwanAddress(text: string): TaiwanAddress | null {
  const parts = text.normalize('NFKC').split(/\s*,\s*/).map((p) => p.trim()).filter((p) => p !== '');
  let number: string | null = null;
  let road: string | null = null;
  let kind = 'Rd';
  let section: string | null = null;
  let lane: string | null = null;
  let alley: string | null = null;
  let floor: string | null = null;
  let city: string | null = null;
  let postcode: string | null = null;
  for (const p of parts) {
    let m: RegExpExecArray | null;
    if ((m = /^(?:(\d+)\s*F|B(\d+))\.?(?:\s*-\s*(\d+))?$/i.exec(p)) !== null) floor = `${m[1] ?? `B${m[2] ?? ''}`}${m[3] === undefined ? '' : `-${m[3]}`}`;
    else if ((m = /^No\.?\s*(\d+(?:-\d+)?)$/i.exec(p)) !== null) number = m[1] ?? null;
    else if ((m = /^(?:Ln\.?|Lane)\s*(\d+)$/i.exec(p)) !== null) lane = m[1] ?? null;
    else if ((m = /^(?:Aly\.?|Alley)\s*(\d+)$/i.exec(p)) !== null) alley = m[1] ?? null;
    else if ((m = /^(?:Sec\.?|Section)\s*(\d+)$/i.exec(p)) !== null) section = m[1] ?? null;
    else if ((m = /^(.+?)\s+(Rd\.?|Road|St\.?|Street|Blvd\.?|Boulevard|Ave\.?|Avenue)(?:\s+(?:Sec\.?|Section)\s*(\d+))?$/i.exec(p)) !== null) {
      road = m[1] ?? null;
      kind = /^st/i.test(m[2] ?? '') ? 'St' : /^b/i.test(m[2] ?? '') ? 'Blvd' : 'Rd';
      if (m[3] !== undefined) section = m[3];
    } else if ((m = /^(.+?)\s+(?:City|County)(?:\s+(\d{3,6}))?$/i.exec(p)) !== null) {
      city = chineseCityRead(m[1] ?? '');
      postcode = m[2] ?? null;
    } else if (/\s(?:Dist\.?|District|Township|Twp\.?|Vil\.?|Village)$/i.test(p)) continue;
    else if (/^\d{3,6}$/.test(p)) postcode = p;
  }
  if (number === null || road === null) return null;
  return { city, road, kind, section, lane, alley, number, floor, postcode };
}

/** A road's name as its key and its direction ("中山北" / "Zhongshan N." / "Chung Shan North": "jongsann"). */
function roadKey(name: string): string {
  const t = simplified(name).trim();
  if (HAN.test(t)) {
    const dir = DIRECTIONS.get(t.slice(-1));
    const bare = dir === undefined || t.length < 3 ? t : t.slice(0, -1);
    return `${chineseWordKey(bare.replace(/\d+/g, ''))}${dir === undefined || t.length < 3 ? '' : dir}`;
  }
  const words = t.toLowerCase().replace(/\./g, ' ').split(/\s+/).filter((w) => w !== '');
  const last = words[words.length - 1] ?? '';
  const dir = words.length >= 2 ? DIRECTIONS.get(last) : undefined;
  const bare = dir === undefined ? words : words.slice(0, -1);
  return `${chineseWordKey(bare.join(' '))}${dir ?? ''}`;
}

/**
 * A Taiwanese or mainland address, in characters or in Taiwan's English form, as one form (tw-maoyi read): "123 ruikuang Rd" on the
 * first line with its section, lane and alley joined to the street's name ("77 futeln271 St"), the floor on the second ("Floor 11"),
 * the city by its English name ("台北市", "北市", "Taipei City": "Taipei"; the old "台北县": "New Taipei"), Taiwan's postcode by its first
 * three digits (its district's).
 */
export function withChineseAddress(c: CustomerContact, chinese = chineseRecord(c)): CustomerContact {
  const a = c.address;
  if (a === null || a === undefined || typeof a.line1 !== 'string') return c;
  const han = hasHan(a.line1);
  const latinForm = !han && /\bNo\.?\s*\d/i.test(a.line1) && /\b(?:Rd|St|Road|Street|Blvd|Ave)\b/i.test(`${a.line1}`) && (/\b(?:Dist|District|Ln|Aly|Sec)\b\.?/i.test(`${a.line1} ${a.line2 ?? ''}`) || chineseCountry(c));
  if (!han && !latinForm) return c;
  if (han && !chinese) return c;
  const read = han ? hanAddress(`${a.line1}${a.line2 !== null && a.line2 !== undefined && hasHan(a.line2) ? a.line2 : ''}`) : latinTaiwanAddress([a.line1, a.line2 ?? ''].join(', '));
  if (read === null) return c;
  const street = `${roadKey(read.road)}${read.section === null ? '' : `sec${read.section}`}${read.lane === null ? '' : `ln${read.lane}`}${read.alley === null ? '' : `aly${read.alley}`}`;
  const cityRead = typeof a.city === 'string' && a.city.trim() !== '' ? chineseCityRead(a.city) : null;
  // A district written in the city's field ("楠梓区", region "高雄市"): the region's city.
  const regionCity = typeof a.region === 'string' && /[市县]$/u.test(simplified(a.region).trim()) ? chineseCityRead(a.region) : null;
  const city = read.city ?? (cityRead !== null && /[区乡镇]$/u.test(simplified(a.city ?? '').trim()) ? regionCity : cityRead) ?? regionCity;
  const postcode = (read.postcode ?? a.postalCode ?? null)?.normalize('NFKC').replace(/\D/g, '') ?? null;
  const taiwan = postcode !== null && /^\d{5,6}$/.test(postcode) && !/^(?:cn|china|中国|p\.?r\.? ?china)$/i.test(a.country?.trim() ?? '') ? postcode.slice(0, 3) : postcode;
  return {
    ...c,
    address: {
      ...a,
      line1: `${read.number} ${street} ${read.kind}`,
      line2: read.floor === null ? null : `Floor ${read.floor}`,
      city,
      region: null,
      postalCode: taiwan === '' ? null : taiwan,
    },
  };
}

/** Forms and trades' words that make a display an organisation's ("有限公司", "(股)", "工业", "医院"). */
const FIRM_MARK = /有限公司|股份|[(（]股[)）]|公司|企业社|商行|工业|实业|企业|五金|工具行|机械|科技|电子|贸易|国际|精密|气动|轴承|齿轮|模具|医院|诊所|学校|国小|国中|高中|高工|公所|[宫庙]$|工厂|[课处]$/u;

/**
 * A Chinese record's names as the matcher reads Latin ones (tw-maoyi read): Simplified characters; an organisation's name by
 * `chineseFirmRead`; a person's title after the name off ("陈先生", "王经理", "刘经理 小姐"), English names beside the name in characters
 * off ("陈桂欣 Abigail"), and a name of characters written whole parted after its surname ("陈志明": "陈 志明"), in the display, or in
 * the given name's field with the family's empty; the surname in the given name's field and the given name in the family's swapped.
 * A romanised name in a Chinese-speaking country's record, its surname first ("Chen Chih-Ming", "CHAN Tai-man") or last ("Chih-Ming
 * Chen"), read into its fields.
 */
export function withChineseRead(contact: CustomerContact, chinese = chineseRecord(contact)): CustomerContact {
  if (!chinese) return contact;
  // A character an old import lost beside others ("陈?豪", "陈桂□") kept as "〇", which reads as a character (`givenWithLostCharacter`).
  const fold = (v: string | null | undefined): string | null | undefined => (typeof v === 'string' && hasHan(v) ? simplified(v).replace(/(?<=\p{Script=Han})[?□](?=\p{Script=Han}|$)/gu, '〇') : v);
  const c: CustomerContact = { ...contact, displayName: fold(contact.displayName) ?? null, givenName: fold(contact.givenName) ?? null, familyName: fold(contact.familyName) ?? null, companyName: fold(contact.companyName) ?? null };
  const firm = (v: string | null | undefined): string | null => (typeof v === 'string' && hasHan(v) ? chineseFirmRead(v) : (v ?? null));
  const company = typeof c.companyName === 'string' && c.companyName.trim() !== '';
  const display = (c.displayName ?? '').trim();
  const personNamed = (v: string | null | undefined) => typeof v === 'string' && hasHan(v) && partedName(hanNameOnly(withoutTitle(v))) !== null;
  if (company || (hasHan(display) && FIRM_MARK.test(display) && !personNamed(display))) {
    const given = typeof c.givenName === 'string' && hasHan(c.givenName) ? withoutTitle(c.givenName) : c.givenName;
    const family = typeof c.familyName === 'string' && hasHan(c.familyName) ? withoutTitle(c.familyName) : c.familyName;
    return { ...c, displayName: firm(c.displayName), companyName: firm(c.companyName), givenName: given ?? null, familyName: family ?? null };
  }
  const given = typeof c.givenName === 'string' ? c.givenName.trim() : '';
  const family = typeof c.familyName === 'string' ? c.familyName.trim() : '';
  if (![display, given, family].some(hasHan)) return withRomanisedFields(c);
  const g = hasHan(given) ? withoutTitle(given) : given;
  const f = hasHan(family) ? withoutTitle(family) : family;
  // A namesake's place in brackets after the name ("陈佳颖(苓雅)": QuickBooks' second customer of one name), spaces inside a name
  // of characters ("陈佳 颖", "王先 声": an old import's) off.
  const bare = display.replace(/\s*[(（][^()（）]{1,12}[)）]\s*$/u, '').trim();
  const joined = /^[\p{Script=Han}?□〇\s\u3000]+$/u.test(bare) && bare.replace(/[\s\u3000]+/gu, '').length <= 4 ? bare.replace(/[\s\u3000]+/gu, '') : bare;
  const shown = hasHan(joined) ? hanNameOnly(withoutTitle(joined)) : display;
  const shownParted = partedName(shown);
  // Both fields in characters, the surname in the given name's ("杨" / "仪媄"): swapped.
  if (hasHan(g) && hasHan(f) && isChineseSurname(g) && !isChineseSurname(f) && f.length >= 2) return { ...c, displayName: `${g} ${f}`, givenName: f, familyName: g };
  if (hasHan(f) && f !== '' && (g === '' || hasHan(g))) {
    // The family field's whole name ("王家发"), its given field empty: parted.
    const whole = g === '' && f.length >= 3 ? partedName(f) : null;
    if (whole !== null) return { ...c, displayName: `${whole.family} ${whole.given ?? ''}`.trim(), givenName: whole.given, familyName: whole.family };
    const shownName = shownParted !== null && shownParted.family === f ? `${f} ${shownParted.given ?? g}`.trim() : `${f} ${g}`.trim();
    return { ...c, displayName: shownName, givenName: g === '' ? (shownParted !== null && shownParted.family === f ? shownParted.given : null) : g, familyName: f };
  }
  if (g !== '' && hasHan(g) && f === '') {
    const whole = partedName(g);
    if (whole !== null && g.length >= 3) return { ...c, displayName: `${whole.family} ${whole.given ?? ''}`.trim(), givenName: whole.given, familyName: whole.family };
    // The given name in its field, the whole name in the display ("徐俊杰先生", given "俊杰"): the display's surname.
    if (shownParted !== null && shownParted.given === g) return { ...c, displayName: `${shownParted.family} ${g}`, givenName: g, familyName: shownParted.family };
  }
  // A pet name of "阿" or "小" and the given name's last character ("阿宏", "小君"), no surname: the given name as written.
  if (g === '' && f === '' && /^[阿小]\p{Script=Han}$/u.test(shown)) return { ...c, displayName: shown, givenName: shown, familyName: null };
  if (g === '' && f === '' && shownParted !== null) return { ...c, displayName: `${shownParted.family} ${shownParted.given ?? ''}`.trim(), givenName: shownParted.given, familyName: shownParted.family };
  return shown !== display && shown !== '' ? { ...c, displayName: shown } : c;
}

/** A romanised Chinese person's names in the wrong fields or all in the display, in a Chinese-speaking country's record (see above). */
function withRomanisedFields(c: CustomerContact): CustomerContact {
  if (!chineseCountry(c)) return c;
  const given = typeof c.givenName === 'string' ? c.givenName.trim() : '';
  const family = typeof c.familyName === 'string' ? c.familyName.trim() : '';
  const syllables = (w: string) => romanisedChinese(w.replace(/[\s-]+/g, ''));
  const whole = given !== '' && family === '' ? given : given === '' && family === '' ? (c.displayName ?? '').trim() : '';
  // Syllables of Mandarin, or short words of Cantonese's and Hokkien's ("Lung Kam", "Ah Kow").
  const chineseGiven = (w: string) => syllables(w) || (w.split(/[\s-]+/).length >= 2 && w.split(/[\s-]+/).every((p) => /^[A-Za-z]{2,4}$/.test(p)));
  if (whole === '') {
    // Swapped: a surname's spelling in the given name's field, syllables that are no surname's in the family's.
    if (isChineseSurnameSpelling(given) && !isChineseSurnameSpelling(family.replace(/[\s-]+/g, '')) && chineseGiven(family) && !/\s/.test(given)) return { ...c, givenName: family, familyName: given };
    // An English name before the surname and the Chinese given name after it in the display, the English one in the given name's
    // field ("Vincent Ng Ming Wai", given Vincent, family Ng; "Elaine Yung Yi-chun"): the Chinese given name, as the name's others write it.
    const shown = (c.displayName ?? '').replace(/,/g, ' ').split(/\s+/).filter((w) => w !== '');
    const at = shown.findIndex((w) => w.toLowerCase() === family.toLowerCase());
    const after = at >= 1 ? shown.slice(at + 1).join(' ') : '';
    if (at >= 1 && after !== '' && isChineseSurnameSpelling(family) && shown.slice(0, at).join(' ').toLowerCase() === given.toLowerCase() && (isGivenName(given.toLowerCase()) || !romanisedChinese(given.replace(/[\s-]+/g, ''))) && chineseGiven(after)) {
      return { ...c, givenName: after };
    }
    return c;
  }
  const words = whole.replace(/,/g, ' ').split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 3) return c;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const capitals = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
  // "CHAN Tai-man", "Chen Chih-Ming": the surname first; "Chih-Ming Chen": last.
  const short = words.length === 3 && words.slice(1).every((w) => /^[A-Za-z]{2,4}$/.test(w));
  if (isChineseSurnameSpelling(first) && (syllables(words.slice(1).join('')) || short || (capitals(first) && !capitals(last))) && !(isChineseSurnameSpelling(last) && !capitals(first) && words.length === 2 && !/-/.test(last))) {
    return { ...c, givenName: words.slice(1).join(' '), familyName: first };
  }
  if (isChineseSurnameSpelling(last) && syllables(words.slice(0, -1).join(''))) return { ...c, givenName: words.slice(0, -1).join(' '), familyName: last };
  return c;
}

/** Whether a given name in characters is a pet name of another: "阿" or "小" before its last character or that character's sound ("阿宏" / "俊宏"). */
export function chinesePetName(pet: string, given: string): boolean {
  const p = simplified(pet.trim());
  const g = simplified(given.trim());
  const m = /^[阿小](\p{Script=Han})$/u.exec(p);
  if (m === null || !HAN_WORD.test(g) || g.length < 2) return false;
  const last = g.slice(-1);
  return last === m[1] || chineseWordKey(last) === chineseWordKey(m[1] ?? '');
}
