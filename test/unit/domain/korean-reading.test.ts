import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords } from '../../../src/domain/linkage/field-comparisons';
import { koreanKey, romanisedKorean } from '../../../src/domain/linkage/korean-reading';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const fields = (a: CustomerContact, b: CustomerContact, ...which: string[]) =>
  compareRecords(linkageRecord(a), linkageRecord(b))
    .filter((f) => which.includes(f.field))
    .map((f) => `${f.field}:${f.level}${f.clash === undefined ? '' : `/${f.clash}`}`)
    .join(' ');
const korea = (line1: string | null, extra: Partial<NonNullable<CustomerContact['address']>> = {}): CustomerContact['address'] => ({ line1, line2: null, city: null, region: null, postalCode: null, country: 'KR', ...extra });

describe('Korean names in Hangul and their romanisations (kr-jeonja read)', () => {
  it('reads the romanisations of one name as one key', () => {
    expect(koreanKey('Mi-kyung')).toBe(koreanKey('Migyeong'));
    expect(koreanKey('Migyong')).toBe(koreanKey('Migyeong'));
    expect(koreanKey('Young-hee')).toBe(koreanKey('Yeonghui'));
    expect(koreanKey('Shiwoo')).toBe(koreanKey('Siu'));
    expect(koreanKey('Minsu')).not.toBe(koreanKey('Minji'));
    expect(romanisedKorean('hanbit')).toBe(true);
    expect(romanisedKorean('daesung')).toBe(true);
    expect(romanisedKorean('walker')).toBe(false);
    expect(romanisedKorean('automation')).toBe(false);
  });

  it('reads a person written in Hangul, family name first and no space, as the same person romanised', () => {
    const ko: CustomerContact = { displayName: '양하윤', givenName: null, familyName: null, phone: '010-4848-7010', address: korea('남동대로 340') };
    const en: CustomerContact = { displayName: 'Ha-Yoon Yang', givenName: 'Ha-Yoon', familyName: 'Yang', phone: '+82-(0)10-4848-7010', address: korea('340 Namdong-daero') };
    expect(fields(ko, en, 'given', 'family', 'street')).toBe('given:exact family:exact street:exact');
    // Surnames by their conventional spellings: 이 "Lee", 박 "Park".
    expect(fields({ displayName: '이보람' }, { displayName: 'Bo Ram Lee', givenName: 'Bo Ram', familyName: 'Lee', address: korea(null) }, 'given', 'family')).toBe('given:exact family:exact');
    expect(fields({ displayName: '박미경' }, { displayName: 'Mi-gyeong Park', givenName: 'Mi-gyeong', familyName: 'Park', address: korea(null) }, 'given', 'family')).toBe('given:exact family:exact');
    // Keyed alike, spelt otherwise: agreeing only as sounding alike (서연 is "Seoyeon", 서윤 "Seoyun").
    expect(fields({ displayName: '박미경' }, { displayName: 'Mi-kyung Park', givenName: 'Mi-kyung', familyName: 'Park', address: korea(null) }, 'given')).toBe('given:phonetic');
    expect(fields({ displayName: '김서연' }, { displayName: 'Seoyun Kim', givenName: 'Seoyun', familyName: 'Kim', address: korea(null) }, 'given')).toBe('given:phonetic');
    // Two names a letter apart in their keys are two names; so are two in Hangul a syllable apart.
    expect(fields({ displayName: '김민준' }, { displayName: 'Minjeong Kim', givenName: 'Minjeong', familyName: 'Kim', address: korea(null) }, 'given')).toBe('given:different');
    expect(fields({ displayName: '박현수' }, { displayName: '박 현우' }, 'given')).toBe('given:different');
    // Another given name stays another.
    expect(fields({ displayName: '김민수' }, { displayName: 'Min-ji Kim', givenName: 'Min-ji', familyName: 'Kim', address: korea(null) }, 'given')).toBe('given:different');
  });

  it('reads two romanisations of a Korean person\'s given name as one', () => {
    const a: CustomerContact = { displayName: 'PARK Mi-kyung', givenName: 'Mi-kyung', familyName: 'PARK', address: korea(null) };
    const b: CustomerContact = { displayName: 'PARK Migyong', givenName: 'Migyong', familyName: 'PARK', address: korea(null) };
    expect(fields(a, b, 'given', 'family')).toBe('given:phonetic family:exact');
    // One record of Korea, the other of no country read ("Sunghyon Lee" at a mobile alone; 이 written "Rhie").
    expect(fields({ displayName: 'Sunghyon Lee', givenName: 'Sunghyon', familyName: 'Lee', phone: '010-4823-4857' }, { displayName: 'Seung Hyun Rhie', givenName: 'Seung Hyun', familyName: 'Rhie', address: korea(null) }, 'family')).toBe('family:exact');
    // Not an expatriate's names, compared as written ("Tina" / "Dina", "Robert" / "Bob").
    expect(fields({ displayName: 'Tina Smith', phone: '+82 10 1234 5678' }, { displayName: 'Dina Smith', phone: '+82 10 1234 5678' }, 'given')).not.toBe('given:exact');
  });

  it('reads honorifics, job titles and a whole name in the given name\'s field', () => {
    // Names' words are read decomposed (NFKD), as every name is.
    const read = (v: string) => v.normalize('NFKD');
    expect(linkageRecord({ displayName: '김 영숙 고객님' })).toMatchObject({ isPerson: true, family: read('김'), given: read('영숙') });
    expect(linkageRecord({ displayName: '김민호', givenName: '김민호' })).toMatchObject({ isPerson: true, family: read('김'), given: read('민호') });
    expect(linkageRecord({ displayName: '김우진 소장님' })).toMatchObject({ family: read('김'), given: read('우진') });
    expect(linkageRecord({ displayName: '김소영', givenName: '김', familyName: '소영' })).toMatchObject({ family: read('김'), given: read('소영') });
    // Romanised, in a record of Korea: the whole name in the given name's field, or the two swapped.
    expect(linkageRecord({ displayName: 'Yong-Suk Kim', givenName: 'Yong-Suk Kim', phone: '010-3538-0883', address: korea(null) })).toMatchObject({ isPerson: true, family: 'kim' });
    expect(linkageRecord({ displayName: 'PAK Minsoo', givenName: 'PAK', familyName: 'Minsoo', address: korea(null) })).toMatchObject({ family: 'pak', given: 'minsoo' });
    // Not elsewhere.
    expect(linkageRecord({ displayName: 'Song Lee', givenName: 'Song', familyName: 'Lee', address: { line1: null, line2: null, city: 'Ohio', region: null, postalCode: null, country: 'US' } })).toMatchObject({ family: 'lee' });
  });

  it('reads Korea\'s company forms and trades\' words, and a company in Hangul against its English name', () => {
    expect(linkageRecord({ displayName: '주식회사흥진오토메이션', companyName: '주식회사흥진오토메이션' })).toMatchObject({ form: 'company' });
    const ko: CustomerContact = { displayName: '화신오토메이션㈜ 울산지점', companyName: '화신오토메이션㈜ 울산지점' };
    const en: CustomerContact = { displayName: 'Hwa Sin Automation Co., Ltd. Ulsan Branch', companyName: 'Hwa Sin Automation Co., Ltd. Ulsan Branch' };
    expect(fields(ko, en, 'name')).toBe('name:exact');
  });

  it('reads a road\'s and a lot\'s address, the province and district before them off, floors and flats as units', () => {
    expect(linkageRecord({ displayName: 'x', address: korea('서울특별시 강남구 테헤란로 123, 4층 (역삼동)') })).toMatchObject({ houseNumber: '123' });
    expect(linkageRecord({ displayName: 'x', address: korea('서울 영등포구 문래동 229-2') })).toMatchObject({ houseNumber: '229' });
    const ko: CustomerContact = { displayName: 'x', address: korea('서울시 마포구 성암로 98', { postalCode: '04094' }) };
    const en: CustomerContact = { displayName: 'x', address: korea('98, Seongam-ro', { line2: 'Mapo-gu', city: 'Seoul', postalCode: '04094' }) };
    expect(fields({ ...ko, displayName: '박미경' }, { ...en, displayName: 'Mi-kyung Park', givenName: 'Mi-kyung', familyName: 'Park' }, 'street')).toBe('street:exact');
  });
});
