import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords } from '../../../src/domain/linkage/field-comparisons';
import { iranianStreetLine, persianSoundKey, withoutArabicMojibake } from '../../../src/domain/linkage/arabic-reading';
import { LINKAGE_KEYS_VERSION, linkageRecord } from '../../../src/domain/linkage/linkage-record';

const level = (a: CustomerContact, b: CustomerContact, field: string) => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field)?.level;

describe("Iran's records (ir-bazargani read)", () => {
  it('spells again Persian an old import read as Windows-1256 or Windows-1252, and leaves Persian as written', () => {
    expect(withoutArabicMojibake('ط³غŒط¯ ظ‡ط³ظ† ظ‡ط§ط´ظ…غŒ')).toBe('سید هسن هاشمی');
    expect(withoutArabicMojibake('ط®غŒط§ط¨ط§ظ† ط§ظ†ظ‚ظ„ط§ط¨طŒ ع©ظˆع†ظ‡ 45طŒ ظ¾ظ„ط§ع© 163')).toBe('خیابان انقلاب، کوچه 45، پلاک 163');
    expect(withoutArabicMojibake('Ø¹Ù„ÛŒ Ø±Ø¶Ø§ÛŒÛŒ')).toBe('علی رضایی');
    expect(withoutArabicMojibake('عکس طلا')).toBe('عکس طلا');
    expect(withoutArabicMojibake('GalvÃ¡n')).toBe('GalvÃ¡n');
    const a: CustomerContact = { displayName: 'ط§ظ…غŒط± ط§ط¯غŒ', givenName: 'ط§ظ…غŒط±', familyName: 'ط§ط¯غŒ', phone: '0935 1860300' };
    expect(level(a, { displayName: 'امیر ادی', givenName: 'امیر', familyName: 'ادی', phone: '0935 1860300' }, 'given')).toBe('exact');
  });

  it("reads a Persian typist's homophones as sounding alike, and Persian's sounds of Arabic's letters in Latin letters", () => {
    expect(persianSoundKey('حسن')).toBe(persianSoundKey('هسن'));
    expect(persianSoundKey('صادق')).toBe(persianSoundKey('سادق'));
    const phone = '0935 069 9311';
    expect(level({ displayName: 'هسن هاشمی', givenName: 'هسن', familyName: 'هاشمی', phone }, { displayName: 'حسن هاشمی', givenName: 'حسن', familyName: 'هاشمی', phone }, 'given')).toBe('phonetic');
    expect(level({ displayName: 'حسین هاشمی', givenName: 'حسین', familyName: 'هاشمی', phone }, { displayName: 'حسن هاشمی', givenName: 'حسن', familyName: 'هاشمی', phone }, 'given')).not.toBe('phonetic');
    expect(level({ displayName: 'agha reza rahimi', givenName: 'reza', familyName: 'rahimi', phone }, { displayName: 'رضا رحیمی', givenName: 'رضا', familyName: 'رحیمی', phone }, 'given')).toBe('exact');
  });

  it("reads Iran's titles as no names ('Aghaye', 'Khanom', 'Seyyedeh', 'Mohandes', 'آقای', 'خانم')", () => {
    for (const [shown, given] of [['Aghaye Mehran Hadjizade', 'mehran'], ['Seyyedeh Somaya Mousawi', 'somaya'], ['Mohandes Nazanin Rahimi', 'nazanin'], ['آقای مجید رنجبر', 'مجيد'], ['خانم اعظم محمدی', 'اعظم']] as const) {
      expect(linkageRecord({ displayName: shown, phone: '0912 123 4567' }).given).toBe(given);
    }
  });

  it("reads a firm's Persian words of its trade in English, in Persian script and typed in Latin letters", () => {
    const firm = (name: string): CustomerContact => ({ displayName: name, companyName: name, phone: '026 3266 0838' });
    expect(level(firm('قطعات یدکی رایان'), firm('لوازم یدکی رایان'), 'name')).toBe('exact');
    expect(linkageRecord(firm('لوازم یدکی نیلوفر')).nameTokens).toEqual(expect.arrayContaining(['spare', 'parts']));
    expect(linkageRecord(firm('tamirgah-e lavazem khanegi kaaroun')).nameTokens).toEqual(expect.arrayContaining(['repair', 'home', 'appliances']));
  });

  it("reads an Iranian address in Persian, typed in Latin letters or in English by its plate's number and its street", () => {
    for (const line of ['خيابان حافظ، کوچه ۲۳، پلاک ۲۴۶', 'Kh. Hafez, Kucheh 23, Pelak 246', 'No. 246, 23rd Alley, Hafez St.', 'Hafez Street, Alley 23, No. 246']) {
      expect(iranianStreetLine(line)).toMatch(/^246 (?:حافظ|Hafez) St$/);
    }
    expect(iranianStreetLine('Kh. Shahid Motahari, Kucheh 7, Pelak 166')).toBe('166 Motahari St');
    expect(iranianStreetLine('123 Main St, Springfield')).toBeNull();
    const at = (line1: string, country: string): CustomerContact => ({ displayName: 'Reza Karimi', address: { line1, line2: null, city: 'Tehran', region: null, postalCode: null, country } });
    expect(level(at('خيابان حافظ، کوچه ۲۳، پلاک ۲۴۶', 'ایران'), at('No. 246, 23rd Alley, Hafez St.', 'Iran'), 'street')).toBe('exact');
    expect(level(at('خيابان حافظ، کوچه ۲۳، پلاک ۲۴۶', 'ایران'), at('No. 246, 23rd Alley, Azadi St.', 'Iran'), 'street')).toBe('different');
  });
});

describe("an Iranian elder's title", () => {
  it("reads 'Haj' or 'Mashhadi' before an Iranian's name as a generation's mark: the same name without it may be his grandson", () => {
    const home = { phone: '(021) 22183741', address: { line1: 'خیابان جمهوری اسلامی، کوچه ۷، پلاک ۱۶۳', line2: null, city: 'تهران', region: null, postalCode: null, country: null } };
    expect(linkageRecord({ displayName: 'حاج محمد محمدی', givenName: 'محمد', familyName: 'محمدی', ...home }).generation).toBe('elder');
    expect(level({ displayName: 'محمد محمدی', givenName: 'محمد', familyName: 'محمدی', ...home }, { displayName: 'حاج محمد محمدی', givenName: 'محمد', familyName: 'محمدی', ...home }, 'given')).toBe('phonetic');
    expect(level({ displayName: 'حاج محمد محمدی', givenName: 'محمد', familyName: 'محمدی', ...home }, { displayName: 'حاج محمد محمدی', givenName: 'محمد', familyName: 'محمدی', ...home }, 'given')).toBe('exact');
    // An Arab country's "Hajj" is a courtesy to any man.
    expect(linkageRecord({ displayName: 'Hajj Essam Adel', phone: '+20 100 123 4567' }).generation).toBeNull();
  });
});

describe('the keys version', () => {
  it("goes up with Iran's readings (names' and streets' keys change)", () => {
    expect(LINKAGE_KEYS_VERSION).toBeGreaterThanOrEqual(38);
  });
});
