import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords } from '../../../src/domain/linkage/field-comparisons';
import { linkageDecision, LinkageCandidate } from '../../../src/domain/linkage/linkage-decision';
import { DEFAULT_LINKAGE_PARAMETERS } from '../../../src/domain/linkage/linkage-parameters';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';
import { TermFrequencies } from '../../../src/domain/linkage/linkage-scoring';
import { skeleton, spellsArabic } from '../../../src/domain/linkage/arabic-reading';
import { normaliseText } from '../../../src/domain/name-normalisation';

/** The named fields' comparisons of two contacts, as "field:level" or "field:level/clash". */
const fields = (a: CustomerContact, b: CustomerContact, ...which: string[]) =>
  compareRecords(linkageRecord(a), linkageRecord(b))
    .filter((f) => which.includes(f.field))
    .map((f) => `${f.field}:${f.level}${f.clash === undefined ? '' : `/${f.clash}`}`)
    .join(' ');
const person = (displayName: string, extra: Partial<CustomerContact> = {}): CustomerContact => ({ displayName, givenName: null, familyName: null, companyName: null, email: null, phone: null, address: null, ...extra });
const egypt = (line1: string, city: string | null = null): CustomerContact['address'] => ({ line1, line2: null, city, region: null, postalCode: null, country: 'EG' });

describe('Arabic script and its transliterations (eg-tawrid read)', () => {
  it('reads a word of either script as one skeleton of its consonants', () => {
    const read = (w: string) => skeleton(normaliseText(w));
    expect(read('محمد')).toBe(read('Mohamed'));
    expect(read('محمد')).toBe(read('Muhammad'));
    expect(read('يوسف')).toBe(read('Youssef'));
    expect(read('يوسف')).toBe(read('Yusuf'));
    expect(read('أحمد')).toBe(read('Ahmed'));
    expect(read('عمر')).toBe(read('Omar'));
    expect(read('النور')).toBe(read('Elnour'));
    expect(read('فاطمة')).toBe(read('Fatma'));
    expect(read('خالد')).toBe(read('Khaled'));
    expect(read('صيدلية')).toBe(read('Pharmacy'));
    // Two names of other consonants stay two.
    // Mohamed's and Mahmoud's skeletons agree; their long vowels tell them apart.
    expect(spellsArabic(normaliseText('محمود'), 'mahmoud')).toBe(true);
    expect(spellsArabic(normaliseText('محمود'), 'mohamed')).toBe(false);
    expect(spellsArabic(normaliseText('محمد'), 'muhammad')).toBe(true);
    expect(spellsArabic(normaliseText('يوسف'), 'youssef')).toBe(true);
    expect(spellsArabic(normaliseText('فاطمة'), 'fatma')).toBe(true);
    expect(read('حسن')).not.toBe(read('Jamal'));
  });

  it('compares a person written in Arabic with the same person in Latin letters by their names, not as two names', () => {
    const ar = person('سارة إسماعيل عمرو ياسر', { email: 'SARA.YASSER@GMAIL.COM', address: egypt('146 ش مكرم عبيد', 'المنصورة') });
    const en = person('Sara Esmail Amr Yaser', { email: 'SARA.YASSER@GMAIL.COM', address: egypt('146 Makram Ebeid St.', 'Mansoura') });
    expect(fields(ar, en, 'given', 'family', 'street', 'city')).toBe('given:exact family:exact street:exact city:exact');
  });

  it('reads two given names of one skeleton as two where the long vowels say so', () => {
    const ar = person('محمود أحمد سعيد', { phone: '01001234567' });
    const en = person('Mohamed Ahmed Said', { phone: '01001234567' });
    expect(fields(ar, en, 'given')).toBe('given:different');
    const same = person('Mahmoud Ahmed Said', { phone: '01001234567' });
    expect(fields(ar, same, 'given')).toBe('given:exact');
    // Nor "Mahmoud" محمد, "Hussein" حسن (the review's brothers), in the given name or the family's.
    expect(fields(person('محمد أحمد', { phone: '01001234567' }), person('Mahmoud Ahmed', { phone: '01001234567' }), 'given')).toBe('given:different');
    expect(fields(person('أحمد حسن', { phone: '01001234567' }), person('Ahmed Hussein', { phone: '01001234567' }), 'family')).toBe('family:different');
    expect(fields(person('مصطفى كامل', { phone: '01001234567' }), person('Moustafa Kamel', { phone: '01001234567' }), 'given')).toBe('given:exact');
    // A word longer than a name's is not weighed by its vowels (no pattern of a word's length is tried: the review's 93 seconds).
    expect(spellsArabic('يييييييووووووو', 'eeeeeeeeeeeeoooooooooooox')).toBe(true);
    expect(spellsArabic('ييووييوو', 'eeeeeeeeoooooooox')).toBe(false);
  });

  it('keeps two brothers written in two scripts apart by their given names', () => {
    const ar = person('جمال سامح البنا', { address: egypt('126 شارع أحمد عرابي', 'المعادي') });
    const en = person('Hassan Sameh El Banna', { address: egypt('126 Ahmed Orabi Street', 'Maadi') });
    expect(fields(ar, en, 'given')).toBe('given:different');
  });

  it('reads an organisation written in Arabic against its English name, its kind\'s word and the title read', () => {
    const ar: CustomerContact = { ...person('صيدلية د. فهمي فادي'), companyName: 'صيدلية د. فهمي فادي' };
    const en: CustomerContact = { ...person('Dr. Fahmi Fadi Pharmacy'), companyName: 'Dr. Fahmi Fadi Pharmacy' };
    expect(fields(ar, en, 'name')).toBe('name:exact');
  });

  it('reads Arabic-Indic digits, "او" between two numbers and Arabic country names', () => {
    const r = linkageRecord(person('x', { phone: '٠١١ ٩٩٤٩ ٠٣٥٧ او ٠١٥ ٦٣٦٠ ٤١٩٣', address: { line1: null, line2: null, city: null, region: null, postalCode: null, country: 'مصر' } }));
    expect(r.country).toBe('EG');
    expect(r.phone).toBe('+201199490357');
    expect(r.otherPhones).toHaveLength(1);
    expect(linkageRecord(person('x', { address: { line1: null, line2: null, city: null, region: null, postalCode: null, country: 'الإمارات' } })).country).toBe('AE');
    expect(linkageRecord(person('x', { address: { line1: null, line2: null, city: null, region: null, postalCode: null, country: 'KSA' } })).country).toBe('SA');
  });

  it('reads Arabic streets: the type before the name, the number after "رقم", the district after the Arabic comma', () => {
    expect(linkageRecord(person('x', { address: egypt('شارع الجمهورية رقم ٧١، الشيخ زايد') }))).toMatchObject({ houseNumber: '71', street: 'الجمهوريه' });
    expect(linkageRecord(person('x', { address: egypt('12 شارع التحرير، الدقي') }))).toMatchObject({ houseNumber: '12', street: 'التحرير' });
    // "Sh." (Sharia) in Latin letters is the street's type in an Egyptian record, and the same street as one written "St.".
    const sh = person('x', { address: egypt('159 Sh. Gameat El Dowal El Arabeya', 'Fayoum') });
    const st = person('x', { address: egypt('159 Gameat El Dowal El Arabeya St.', 'Fayoum') });
    expect(fields(sh, st, 'street')).toBe('street:exact');
    // Elsewhere "Sh." is left as written.
    expect(linkageRecord(person('x', { address: { line1: '12 Sh. Ram Nagar', line2: null, city: 'Pune', region: null, postalCode: null, country: 'IN' } })).street).toContain('sh');
  });

  it('reads an Arab country\'s person whose family name opens with its article as a person', () => {
    const r = linkageRecord(person('Hassan Sameh El Banna', { address: egypt('126 Ahmed Orabi Street', 'Maadi') }));
    expect(r).toMatchObject({ isPerson: true, given: 'hassan', family: 'banna' });
    // Not an organisation's name of two words.
    expect(linkageRecord(person('Casa El Sol', { address: egypt('1 Nile St', 'Cairo') })).isPerson).toBe(false);
  });

  it('reads Arab titles, Egypt\'s forms and an organisation\'s Arabic words as English ones\'', () => {
    expect(linkageRecord(person('Eng. Youssef Mounir El Husseiny', { address: egypt('1 Nile St', 'Cairo') }))).toMatchObject({ isPerson: true, given: 'youssef' });
    expect(linkageRecord(person('Hajj Essam Adel Youssef Salem', { address: egypt('1 Nile St', 'Cairo') }))).toMatchObject({ isPerson: true, given: 'essam' });
    expect(linkageRecord(person('د. أحمد محمد علي'))).toMatchObject({ isPerson: true, given: 'احمد' });
    expect(linkageRecord(person('El Arabeya Pharma S.A.E.'))).toMatchObject({ form: 'company', nameTokens: ['arabeya', 'pharma'] });
    // Not "Sae" (a Japanese given name), nor "Eng" without its dot (a Chinese one).
    expect(linkageRecord(person('Tanaka Sae')).isPerson).toBe(true);
    expect(linkageRecord(person('Eng Lim', { phone: '+65 9123 4567' }))).toMatchObject({ isPerson: true, given: 'eng' });
    expect(linkageRecord(person('النجار للتجارة والتوزيع ش.م.م'))).toMatchObject({ form: 'company', nameTokens: ['النجار', 'trading', 'distribution'] });
    expect(linkageRecord(person('وزارة الصحة - إدارة المعامل')).nameTokens).toEqual(expect.arrayContaining(['ministry', 'administration', 'lab']));
    // "Saydaliyat" (pharmacies) is a pharmacy's word, no given name.
    expect(linkageRecord(person('Saydaliyat Elwafa', { phone: '+20255514497' }))).toMatchObject({ isPerson: false, nameTokens: ['pharmacy', 'wafa'] });
  });

  it('reads "Abd El Aziz", "Abdel Aziz", "Abdulaziz" as one word, and the article joined to a word of an Arab record off', () => {
    const tokens = (displayName: string) => linkageRecord(person(displayName, { phone: '+20 2 5551 4497' })).nameTokens;
    expect(tokens('Dr. Usama Abdul Aziz Orthopedic Clinic')).toContain('abdaziz');
    expect(tokens('Dr. Usama Abdelaziz Orthopedic Clinic')).toContain('abdaziz');
    expect(tokens('Abdurrahman Clinic')).toContain('abdrahman');
    // "Abdou" before a name that is none of God's is a given name of its own (West Africa's).
    expect(linkageRecord(person('Abdou Diallo', { phone: '+221 77 123 4567' })).nameTokens).toEqual(['abdou', 'diallo']);
    expect(tokens('Elkawsar Pharmacy')).toEqual(tokens('El Kawsar Pharmacy'));
    expect(tokens('Pharmacy Al Wafaa')).toEqual(['pharmacy', 'wafaa']);
    // Not a word that opens with "El" of its own, nor elsewhere.
    expect(tokens('Alexandria Medical Center')).toContain('alexandria');
    expect(linkageRecord(person('Elmwood Pharmacy', { address: { line1: '1 Main St', line2: null, city: 'Dayton', region: 'OH', postalCode: null, country: 'US' } })).nameTokens).toContain('elmwood');
  });

  it('holds two companies of a group at the group\'s mailbox, whatever else they share, rather than link them', () => {
    const group = (displayName: string): CustomerContact => ({ ...person(displayName), companyName: displayName, email: 'accounts@arabeya-med.com.eg', phone: '02 2385 3968', address: egypt('93 Saad Zaghloul St.', 'Cairo') });
    const candidate = (c: CustomerContact): LinkageCandidate => ({ qboCustomerId: '1', displayName: c.displayName ?? '', active: true, record: linkageRecord(c) });
    const frequencies: TermFrequencies = { mirrorSize: 1500, counts: new Map([['e:accounts@arabeya-med.com.eg', 3]]) };
    const decide = (a: CustomerContact, b: CustomerContact) => linkageDecision(linkageRecord(a), [candidate(b)], { params: DEFAULT_LINKAGE_PARAMETERS, frequencies }).outcome;
    expect(decide(group('El Arabeya Trading & Distribution Co.'), group('El Arabeya Pharma S.A.E.'))).not.toBe('link');
    // The same company written again is linked.
    expect(decide(group('El Arabeya Pharma S.A.E.'), group('El Arabeya Pharma'))).toBe('link');
  });
});
