import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords } from '../../../src/domain/linkage/field-comparisons';
import { chineseFirmRead, chineseRecord, chineseSurnameKeys, chineseWordKey, mandarinKey, simplified, syllablesOf, withChineseAddress, withChineseRead } from '../../../src/domain/linkage/chinese-reading';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../../../src/domain/linkage/linkage-record';

const compared = (a: CustomerContact, b: CustomerContact, field: string) => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const level = (a: CustomerContact, b: CustomerContact, field: string) => compared(a, b, field)?.level;
const tw = (line1: string, extra: Partial<NonNullable<CustomerContact['address']>> = {}) => ({ line1, line2: null, city: null, region: null, postalCode: null, country: 'Taiwan', ...extra });

describe("Chinese records (tw-maoyi read)", () => {
  it('keys every Mandarin romanisation of one syllable alike, and characters by their pinyin', () => {
    for (const [a, b] of <Array<[string, string]>>[['chih', 'zhi'], ['jhih', 'zhi'], ['hsiung', 'xiong'], ['kuo', 'guo'], ['tsai', 'cai'], ['chung', 'zhong'], ['jen', 'ren'], ['hsieh', 'xie'], ['ko', 'ge'], ['yung', 'yong'], ['fong', 'feng'], ['szu', 'si']]) {
      expect(mandarinKey(a)).toBe(mandarinKey(b));
    }
    expect(mandarinKey('ming')).not.toBe(mandarinKey('min'));
    expect(syllablesOf('zhiming')).toEqual(['zhi', 'ming']);
    expect(syllablesOf('precision')).toBeNull();
    expect(chineseWordKey('志明')).toBe(chineseWordKey('Chih-Ming'));
    expect(chineseWordKey('Kaohsiung')).toBe(chineseWordKey('高雄'));
    expect(chineseWordKey('Chung Shan')).toBe(chineseWordKey('Jhongshan'));
  });

  it('reads Traditional and Simplified characters as one, and a surname by its Cantonese and Hokkien spellings too', () => {
    expect(simplified('臺灣陳志明１２３')).toBe('台湾陈志明123');
    expect(chineseSurnameKeys('陳')).toEqual(chineseSurnameKeys('Chen'));
    expect(chineseSurnameKeys('Tan')).toContain(chineseSurnameKeys('陈')[0]);
    expect(chineseSurnameKeys('Wong')).toEqual(expect.arrayContaining([...chineseSurnameKeys('黃'), ...chineseSurnameKeys('王')]));
    expect(chineseSurnameKeys('Tseng')).toEqual(chineseSurnameKeys('曾'));
  });

  it("reads a firm's form and trade in English, a branch as a branch and a public office's section as its unit", () => {
    expect(chineseFirmRead('台灣精密工業股份有限公司')).toBe('台湾 precision industrial Co., Ltd.');
    expect(chineseFirmRead('億美工具行')).toBe('亿美 tools store');
    expect(chineseFirmRead('順合齒輪(股)公司')).toBe('顺合 gear Co., Ltd.');
    expect(chineseFirmRead('XX股份有限公司台中分公司')).toBe('XX 台中 branch Co., Ltd.');
    expect(chineseFirmRead('嘉義縣民雄鄉公所民政課')).toBe('民雄 township office 民政 division');
    expect(chineseFirmRead('台中市大雅區公所農業課')).toBe(chineseFirmRead('大雅區公所農業課'));
    expect(chineseFirmRead('東興高工-總務處')).toBe(chineseFirmRead('國立東興高級工業職業學校總務處'));
  });

  it("reads a person's name in characters parted after the surname, its title off, the fields swapped back", () => {
    const read = (displayName: string, givenName: string | null = null, familyName: string | null = null) => {
      const c = withChineseRead({ displayName, givenName, familyName, companyName: null, address: tw('x') });
      return [c.givenName, c.familyName];
    };
    expect(read('陳志明')).toEqual(['志明', '陈']);
    expect(read('楊承勇經理', '承勇', '楊')).toEqual(['承勇', '杨']);
    expect(read('陳先生')).toEqual([null, '陈']);
    expect(read('楊儀媄', '楊', '儀媄')).toEqual(['仪媄', '杨']);
    expect(read('陳桂欣 Abigail')).toEqual(['桂欣', '陈']);
    expect(read('歐陽明華')).toEqual(['明华', '欧阳']);
    expect(read('CHIH-MING CHEN')).toEqual(['CHIH-MING', 'CHEN']);
    expect(read('徐俊傑先生', '俊傑')).toEqual(['俊杰', '徐']);
    expect(read('陳佳穎(苓雅)')).toEqual(['佳颖', '陈']);
    expect(read('陳佳　穎')).toEqual(['佳颖', '陈']);
    expect(read('王先　聲', null, '王')).toEqual([null, '王']);
    expect(read('Chen Chih-Ming')).toEqual(['Chih-Ming', 'Chen']);
    const hk = (displayName: string, givenName: string, familyName: string) => {
      const c = withChineseRead({ displayName, givenName, familyName, companyName: null, address: { ...tw('x'), country: 'HK' } });
      return [c.givenName, c.familyName];
    };
    expect(hk('Vincent Ng Ming Wai', 'Vincent', 'Ng')).toEqual(['Ming Wai', 'Ng']);
    expect(hk('WONG Lung Kam', 'WONG', 'Lung Kam')).toEqual(['Lung Kam', 'WONG']);
    expect(hk('Peter Chan', 'Peter', 'Chan')).toEqual(['Peter', 'Chan']);
  });

  it("reads Taiwan's addresses in characters and in English as one", () => {
    const line = (address: NonNullable<CustomerContact['address']>) => withChineseAddress({ displayName: 'x', address }).address;
    const han = line(tw('仁德區福德街271巷77號11F', { city: '臺南市', postalCode: '717', country: '' }));
    const en = line(tw('11F., No. 77, Ln. 271, Fute St.', { line2: 'Rende Dist.', city: 'Tainan' }));
    expect(han?.line1).toBe(en?.line1);
    expect(han?.city).toBe('Tainan');
    expect(line(tw('新北市新店區光復路二段 52 巷 19 弄 128 號 7 樓之 3', { postalCode: '231356' }))).toMatchObject({ line1: '128 kuangfusec2ln52aly19 Rd', line2: 'Floor 7-3', city: 'New Taipei', postalCode: '231' });
    expect(line(tw('台北縣五股鄉中興路一段12號'))?.line1).toBe(line(tw('No. 12, Sec. 1, Zhongxing Rd., Wugu Dist., New Taipei City 248'))?.line1);
    expect(line(tw('高市楠梓區光明路71號7F'))?.city).toBe('Kaohsiung');
  });

  it('compares a name in characters with its romanisations, homophones as sounding alike, an English given name as no evidence', () => {
    const person = (displayName: string, givenName: string | null, familyName: string | null, extra: Partial<CustomerContact> = {}): CustomerContact => ({ displayName, givenName, familyName, companyName: null, address: tw('x'), ...extra });
    expect(level(person('陳志明', null, null), person('Chen Chih-Ming', 'Chih-Ming', 'Chen'), 'given')).toBe('exact');
    expect(level(person('陳志明', null, null), person('Chen Chih-Ming', 'Chih-Ming', 'Chen'), 'family')).toBe('exact');
    // A surname alone with its title ("陳先生": read as no person's own name) against the whole name.
    expect(level({ displayName: '陳先生', email: 'chen.hh70@msa.hinet.net' }, { displayName: '陳輝宏', email: 'chen.hh70@msa.hinet.net' }, 'family')).toBe('exact');
    expect(level(person('Chen Zhiming', 'Zhiming', 'Chen'), person('CHIH-MING CHEN', null, null), 'given')).toBe('exact');
    expect(level(person('楊承勇', '承勇', '楊'), person('楊承湧', '承湧', '楊'), 'given')).toBe('phonetic');
    expect(level(person('王俊宏', '俊宏', '王'), person('王宇祥', '宇祥', '王'), 'given')).toBe('different');
    expect(compared(person('Angela Wu', 'Angela', 'Wu'), person('吳穎怡', '穎怡', '吳'), 'given')).toBeUndefined();
    expect(level(person('Angela Wu', 'Angela', 'Wu'), person('吳穎怡', '穎怡', '吳'), 'family')).toBe('exact');
    const firm = (name: string): CustomerContact => ({ displayName: name, companyName: name, address: tw('x') });
    expect(level(firm('聖輝精密有限公司'), firm('Shenghui Precision Co., Ltd.'), 'name')).toBe('exact');
  });

  it("reads two sections of one township's office as two customers, and a wife's name at her husband's mailbox as another person's", () => {
    const office = (name: string, extra: Partial<CustomerContact> = {}): CustomerContact => ({ displayName: name, companyName: name, phone: '05-279-6815', address: tw('嘉義縣民雄鄉瑞光路203號'), ...extra });
    // Two sections each named by words of its own: two units, whether or not the tenant keeps others at the office (us-pediatric read).
    expect(compared(office('民雄鄉公所經建課'), office('嘉義縣民雄鄉公所/民政課'), 'name')?.clash).toBe('unit');
    expect(compared(office('民雄鄉公所民政課'), office('嘉義縣民雄鄉公所民政課'), 'name')?.clash).toBeUndefined();
    expect(compared(office('苗栗縣竹南鎮公所農業課'), office('竹南鎮公所 清潔隊'), 'name')?.clash).toBe('unit');
    expect(compared(office('東興高工-總務處'), office('國立東興高級工業職業學校實習處'), 'name')?.clash).toBe('unit');
    // A group's two companies at its accounting mailbox, one written without its form ("全成軸承" / "全成食品股份有限公司").
    const firm = (name: string): CustomerContact => ({ displayName: name, companyName: name, email: 'chuancheng.acct@msa.hinet.net' });
    expect(compared(firm('全成軸承'), firm('全成食品股份有限公司'), 'name')?.clash).toBe('group');
    expect(compared(firm('全成軸承'), firm('全成軸承股份有限公司'), 'name')?.clash).toBeUndefined();
    const home = { email: 'ivansie1983@ms26.hinet.net', address: tw('高雄市楠梓區自由路 161 巷 171 號 5 樓之 3') };
    expect(level({ displayName: '謝莊 欣佳', givenName: '欣佳', familyName: '謝莊', ...home }, { displayName: 'Ivan Sie', givenName: 'Ivan', familyName: 'Sie', ...home }, 'given')).toBe('different');
  });

  it("reads a form's or a trade's word typed with characters of its sounds as that word, and a pet name as the given name's", () => {
    expect(chineseFirmRead('順合齒倫(股)公司')).toBe(chineseFirmRead('順合齒輪股份有限公司'));
    expect(chineseFirmRead('巨暉剛貼')).toBe('巨晖 steel Co., Ltd.');
    expect(chineseFirmRead('台灣三達油壓工業古份(有)')).toBe(chineseFirmRead('台灣三達油壓工業股份有限公司'));
    expect(chineseFirmRead('立豐精密實業有限公司 Li Feng Precision Enterprise Company Limited')).toBe(chineseFirmRead('立豐精密實業有限公司'));
    const a: CustomerContact = { displayName: '阿瀚', email: 'ocean505@hotmail.com', phone: '+886-(0)923-606-248' };
    const b: CustomerContact = { displayName: '陳承翰', givenName: '承翰', familyName: '陳', email: 'ocean505@hotmail.com' };
    expect(level(a, b, 'given')).toBe('nickname');
    expect(level({ displayName: '陳?豪', phone: '+886 965 903 949' }, { displayName: '陳家豪', givenName: '家豪', familyName: '陳', phone: '0965903949' }, 'given')).toBe('typo');
    expect(level({ displayName: '陳?明', phone: '+886 965 903 949' }, { displayName: '陳家豪', givenName: '家豪', familyName: '陳', phone: '0965903949' }, 'given')).toBe('different');
    expect(compared(a, b, 'name')).toBeUndefined();
    expect(level({ displayName: '阿明', email: 'ocean505@hotmail.com', phone: '+886-(0)923-606-248' }, b, 'name')).toBe('different');
  });

  it("reads a record as Chinese only where it says so, not a Japanese list's names in kanji", () => {
    expect(chineseRecord({ displayName: '大橋実', phone: '03-3456-7890' })).toBe(false);
    expect(chineseRecord({ displayName: '安藤 優子', phone: '03-3456-7890' })).toBe(false);
    expect(chineseRecord({ displayName: '王 建華様' })).toBe(false);
    expect(chineseRecord({ displayName: '陳志明', phone: '0912-345-678' })).toBe(true);
    expect(chineseRecord({ displayName: '陳先生', email: 'chen.hh70@msa.hinet.net' })).toBe(true);
    expect(chineseRecord({ displayName: '河野建築', address: { line1: '大阪府八尾市本町1丁目2-3', line2: null, city: null, region: null, postalCode: null, country: null } })).toBe(false);
    expect(level({ displayName: '王建華', phone: '03-3456-7890' }, { displayName: '王 建華様', phone: '03-3456-7890' }, 'given')).toBe('exact');
  });
});

describe('the keys version', () => {
  it("goes up with the Chinese readings (names' and streets' keys change)", () => {
    expect(LINKAGE_KEYS_VERSION).toBeGreaterThanOrEqual(37);
  });
});
