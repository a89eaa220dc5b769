import { CustomerContact } from '../../../src/domain/customer-contact';
import { compareRecords, FieldComparison } from '../../../src/domain/linkage/field-comparisons';
import { indonesianSigns, indonesianSpelling, withIndonesianRead } from '../../../src/domain/linkage/indonesian-reading';
import { linkageRecord } from '../../../src/domain/linkage/linkage-record';

const ID = { line1: null, line2: null, city: null, region: null, postalCode: null, country: 'ID' };
const comparison = (a: CustomerContact, b: CustomerContact, field: string): FieldComparison | undefined => compareRecords(linkageRecord(a), linkageRecord(b)).find((f) => f.field === field);
const at = (line1: string, line2: string | null, city: string, extra: Partial<NonNullable<CustomerContact['address']>> = {}): NonNullable<CustomerContact['address']> => ({ ...ID, line1, line2, city, ...extra });

describe("An Indonesian wholesaler's records (id-grosir read)", () => {
  it('tells a record of Indonesia by its country, a +62 or long 08 mobile, an .id mailbox, a province, or its address words', () => {
    expect(indonesianSigns({ displayName: 'Pak Budi', phone: '+62 812-3456-7890' })).toBe(true);
    expect(indonesianSigns({ displayName: 'Pak Budi', phone: '0812 3456 7890' })).toBe(true);
    expect(indonesianSigns({ displayName: 'UD Maju', email: 'admin@maju.co.id' })).toBe(true);
    expect(indonesianSigns({ displayName: 'Budi', address: { ...ID, country: null, line1: 'Jl. Bubutan No.27', line2: 'RT 03/RW 05, Kel. Bubutan' } })).toBe(true);
    expect(indonesianSigns({ displayName: 'Budi', address: { ...ID, country: null, line1: 'jl raya kencong no19', city: 'jember' } })).toBe(true);
    // Brazil's Goiás ("62" before ten digits), Brazil's bracketed area, Iran's eleven-digit landlines, another country: none.
    expect(indonesianSigns({ displayName: 'Rogério Mota', phone: '62 2741.3204' })).toBe(false);
    expect(indonesianSigns({ displayName: 'Rogério Mota', phone: '(081) 96296-5703' })).toBe(false);
    expect(indonesianSigns({ displayName: 'Masjed Nikookaran', phone: '08358012249' })).toBe(false);
    expect(indonesianSigns({ displayName: 'Ali', phone: '+62 812-3456-7890', address: { ...ID, country: 'ایران' } })).toBe(false);
  });

  it("reads a street line as the tax export and the branches write it: the type off, the house's number, the neighbourhood apart", () => {
    const efaktur = { displayName: 'GADING REJEKI MANDIRI, CV', companyName: 'GADING REJEKI MANDIRI, CV', address: at('JL. AHMAD YANI NO. 34, RT 006 RW 005, KEL. PENGANJURAN, KEC. BANYUWANGI', 'NPWP: 012364121627000', 'KAB. BANYUWANGI', { postalCode: '68416' }) };
    const erp = { displayName: 'CV Gading Rejeki Mandiri', companyName: 'CV Gading Rejeki Mandiri', address: at('Jalan Ahmad Yani No.34', 'RT 06/RW 05, Kel. Penganjuran, Kec. Banyuwangi', 'Banyuwangi', { postalCode: '68416' }) };
    expect(withIndonesianRead(efaktur).address?.line1).toBe('34 AHMAD YANI');
    expect(withIndonesianRead(efaktur).address?.city).toBe('BANYUWANGI');
    expect(comparison(efaktur, erp, 'street')?.level).toBe('exact');
    expect(comparison(efaktur, erp, 'city')?.level).toBe('exact');
    // A plot's block and number however written; a gang's own number kept in its name; a landmark off.
    const blok = { displayName: 'Budi', address: at('Perum Pesona Alam Hijau Blok B No. 9', null, 'Surabaya') };
    expect(comparison(blok, { displayName: 'Budi', address: at('Perumahan Pesona Alam Hijau Blok B/9', null, 'Surabaya') }, 'street')?.level).toBe('exact');
    expect(comparison(blok, { displayName: 'Budi', address: at('Perum Pesona Alam Hijau Blok B No. 10', null, 'Surabaya') }, 'street')?.level).not.toBe('exact');
    expect(withIndonesianRead({ displayName: 'Budi', address: at('Jl. Raya Sesetan Gg. Mawar 3 No. 25', null, 'Denpasar') }).address?.line1).toBe('25 Raya Sesetan Gg Mawar 3');
    expect(withIndonesianRead({ displayName: 'Budi', address: at('jl kapas krampung no 64, rt 12 rw 10; blkg puskesmas', null, 'sby') }).address).toMatchObject({ line1: '64 kapas krampung', city: 'Surabaya' });
    expect(withIndonesianRead({ displayName: 'Budi', address: at('Kotak Pos 206', null, 'Surabaya') }).address?.line1).toBe('PO Box 206');
  });

  it("reads a name as a phone saves it: honorifics off, the person's name, a shop beside it the company, a trade or town off", () => {
    expect(withIndonesianRead({ displayName: 'Pak Budi Toko Jaya Abadi', phone: '+62 812-3456-7890' })).toMatchObject({ displayName: 'Budi', givenName: 'Budi', companyName: 'Toko Jaya Abadi' });
    expect(withIndonesianRead({ displayName: 'Cik Lina Malang', phone: '+62 812-3456-7890' })).toMatchObject({ displayName: 'Lina', givenName: 'Lina', companyName: null });
    expect(withIndonesianRead({ displayName: 'pak hafid (renov rumah)', phone: '+62 812-3456-7890' }).displayName).toBe('hafid');
    expect(withIndonesianRead({ displayName: 'Bli Wayan Arsana Tukang Kayu', phone: '+62 812-3456-7890' }).displayName).toBe('Arsana');
    // Titles and degrees off a person's fields; a firm's name kept whole ("Toko Mas Mulia": "Mas" a word of it).
    expect(withIndonesianRead({ displayName: 'Bapak Wagiman, S.Pd.', familyName: 'Wagiman', address: ID })).toMatchObject({ displayName: 'Wagiman', familyName: 'Wagiman' });
    expect(withIndonesianRead({ displayName: 'Toko Mas Mulia', companyName: 'Toko Mas Mulia', address: ID }).displayName).toBe('Toko Mas Mulia');
    // A single name against a longer one that holds it, the same phone: one name, not two surnames.
    const saved = { displayName: 'Pak Jumali', phone: '+62 812-3022-4428' };
    expect(comparison(saved, { displayName: 'Jumali Santoso', givenName: 'Jumali', familyName: 'Santoso', phone: '0812 3022 4428', address: ID }, 'family')?.level).not.toBe('different');
  });

  it("writes the old spelling and the new alike, and shops' and companies' marks in one spelling", () => {
    expect(indonesianSpelling('Soetrisno')).toBe('sutrisno');
    expect(indonesianSpelling('Djoko')).toBe('joko');
    expect(indonesianSpelling('Kentjana')).toBe('kencana');
    // The new spelling's own "nj" and "y" as written.
    expect(indonesianSpelling('Sanjaya')).toBe('sanjaya');
    expect(comparison({ displayName: 'SOEJONO', givenName: 'SOEJONO', phone: '+62 812-3456-7890' }, { displayName: 'Sujono', givenName: 'Sujono', address: ID }, 'name')?.level).toBe('exact');
    expect(withIndonesianRead({ displayName: 'Prima Sentosa Konstruksi, CV', companyName: 'Prima Sentosa Konstruksi, CV', address: ID }).companyName).toBe('CV Prima Sentosa Konstruksi');
    expect(withIndonesianRead({ displayName: 'Tk. Cipta Rejeki', companyName: 'TB Cipta Rejeki', address: ID }).companyName).toBe('Toko Cipta Rejeki');
    // Elsewhere as written.
    expect(withIndonesianRead({ displayName: 'Pak Lee', phone: '+1 312 555 0188', address: { ...ID, country: 'US', line1: '12 Main St' } }).address?.line1).toBe('12 Main St');
  });

  it("holds a CV or PT apart from its owner's own record, where a toko or UD is its owner's; reads a national number as Indonesia's", () => {
    const pt = { displayName: 'PT. SUKAMTO MANDIRI', companyName: 'PT. SUKAMTO MANDIRI', phone: '0317936774 / 0819398605963', address: at('Jln Raya Tenggilis gg Sawo 39', 'rt 4 rw 3, Tenggilis Mejoyo', 'SBY', { country: null, postalCode: '60292' }) };
    const owner = { displayName: 'Sukamto', familyName: 'Sukamto', phone: '0819-3986-05963', address: at('Jalan Raya Tenggilis Gg. Sawo No. 39', 'RT 04/RW 03, Tenggilis Mejoyo', 'Surabaya', { postalCode: '60292' }) };
    expect(comparison(pt, owner, 'name')?.clash).toBe('form');
    expect(comparison(pt, owner, 'phone')?.level).toBe('exact');
    const cv = { displayName: 'SUWECA TEKNIK, CV', companyName: 'SUWECA TEKNIK, CV', address: at('JL. NUSA INDAH GG. KENANGA NO. 10, BR. PANDE, KEL. SUMERTA', null, 'KOTA DENPASAR') };
    expect(comparison(cv, { displayName: 'I Komang Suweca', givenName: 'I Komang', familyName: 'Suweca', address: at('Jl. Nusa Indah Gg. Kenanga No. 10', null, 'Denpasar') }, 'name')?.clash).toBe('form');
    // A toko named for its owner is the owner's: no register apart.
    const toko = { displayName: 'Toko Sukamto', companyName: 'Toko Sukamto', phone: '0819-3986-05963', address: ID };
    expect(comparison(toko, owner, 'name')?.clash).not.toBe('form');
    // The firm without its form written ("Sukamto Mandiri"): no register, as its form is dropped as often as written.
    expect(comparison(pt, { ...pt, displayName: 'Sukamto Mandiri', companyName: 'Sukamto Mandiri' }, 'name')?.clash).toBeUndefined();
  });

  it("reads a toko's record, its owner its contact, and the owner's own record as one customer's, not a company against its contact", () => {
    const toko = { displayName: 'TB. EKA TIMUR', givenName: 'ROBERT', familyName: 'OEI', companyName: 'TB. EKA TIMUR', phone: '08211342612', address: at('Jl. Karah No. 40', null, 'Surabaya') };
    const owner = { displayName: 'Bpk. Robby Oei', givenName: 'Robby', familyName: 'Oei', phone: '0821-134-2612 / 0817-3635-3253' };
    expect(comparison(toko, owner, 'company')?.clash).toBeUndefined();
    // A CV's record against its contact's own: the clash stands.
    const cv = { ...toko, displayName: 'CV Eka Timur', companyName: 'CV Eka Timur' };
    expect(comparison(cv, owner, 'company')?.clash).toBeDefined();
  });

  it("keeps other countries' records and firms' own names as written (an independent review's findings)", () => {
    expect(indonesianSigns({ displayName: 'Syarikat Soon Cheong Sdn Bhd', address: { ...ID, country: null, city: 'Kota Bharu' } })).toBe(false);
    expect(indonesianSigns({ displayName: 'Koh Samui Villas', phone: '081-234-5678' })).toBe(false);
    expect(indonesianSigns({ displayName: 'Mba Chinedu Okafor', phone: '0813 456 7890' })).toBe(false);
    // A shop's name is no saved person's name without an honorific; "TK" with no dot a kindergarten, no toko.
    expect(withIndonesianRead({ displayName: 'Sinar Baja', phone: '+62 812-3456-7890' }).displayName).toBe('Sinar Baja');
    expect(withIndonesianRead({ displayName: 'TK Pertiwi', companyName: 'TK Pertiwi', address: ID }).companyName).toBe('TK Pertiwi');
    // "Umi" before one word a name; Western names' "oe" as written.
    expect(withIndonesianRead({ displayName: 'Umi Kalsum', phone: '+62 812-3456-7890' }).displayName).toBe('Umi Kalsum');
    expect(withIndonesianRead({ displayName: 'Joel Tanoto', phone: '+62 812-3456-7890' }).displayName).toBe('Joel Tanoto');
    // A street named for a town or village keeps its name; the line's first comma ends the street.
    expect(withIndonesianRead({ displayName: 'Budi', address: at('Jl. Kota Baru No. 10', null, 'Malang') }).address?.line1).toBe('10 Kota Baru');
    expect(withIndonesianRead({ displayName: 'Budi', address: at('Jl. Diponegoro 45, Surabaya 60241', null, 'Surabaya') }).address?.line1).toBe('45 Diponegoro');
    // Another country's street in a record told Indonesian by its phone alone: as written.
    expect(withIndonesianRead({ displayName: 'Ana Souza', phone: '+62 812-3456-7890', address: at('Rua das Flores, 123 - Apto 45', null, 'Recife', { country: null }) }).address?.line1).toBe('Rua das Flores, 123 - Apto 45');
  });
});
