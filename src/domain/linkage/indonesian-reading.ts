/**
 * Indonesian records as a wholesaler's systems write them (id-grosir read: a Surabaya building-materials wholesaler's branch
 * sales-order programs, WhatsApp orders copied in by its sales staff, the tax invoicing export and its drivers' notes):
 * - the address on one line as the tax export writes it ("JL. AHMAD YANI NO. 34, RT 006 RW 005, KEL. PENGANJURAN, KEC.
 *   BANYUWANGI"), the street's type written every way ("Jl.", "Jln.", "Jalan"; "Gg." / "Gang"; "Perum" / "Perumahan"), the house's
 *   number after its mark ("No. 12", "No.12", "Nomor 12") or a plot's ("Blok B No. 9", "Blok B/9", "Blok D-2", "Kav. 5"), a
 *   landmark beside it ("dkt masjid", "depan SD"): read as the other readings know a numbered street ("34 Ahmad Yani"), the
 *   neighbourhood (RT/RW), village and district its other line;
 * - the town as a regency or a city ("Kab. Sidoarjo", "KOTA SURABAYA") or as the branches write it short ("sby", "mlg"): the town;
 * - a person's name as it is spoken and saved in a phone: honorifics and titles before it ("Bpk.", "Bapak", "Pak", "Ibu", "Bu",
 *   "Mas", "Mbak", "Cak", "Bli", "Koh", "Cik", "H.", "Hj.", "Ir.", "Drs."), degrees after it (", S.E.", "S.Pd.", "M.M."), and after
 *   it the shop, trade or town its saver noted ("Pak Budi Toko Jaya", "Cik Lina Malang", "Mas Wahyu Tkg Listrik", "pak hafid (renov
 *   rumah)"): the person's name alone, a shop so noted the record's company;
 * - Bali's names: "I" and "Ni", the birth-order names (Wayan, Putu, Gede, Made, Kadek, Nengah, Nyoman, Komang, Ketut) and the
 *   caste's (Ida Bagus, Anak Agung, I Gusti Ngurah, Cokorda), written or left out, no words of the person's own name;
 * - a single name ("Slamet", "Pak Arsana") as a given name alone, read beside a longer one as a name it holds;
 * - the old spelling and the new ("Soetrisno" / "Sutrisno", "Djoko" / "Joko", "Tjahjono" / "Cahyono", "Kentjana" / "Kencana") in
 *   one (`INDONESIAN_SPELLING`);
 * - shops', trading names' and companies' marks in one spelling ("Tk.", "TB" as "Toko"; "U.D.", "P.T.", "X, PT" as "UD X", "PT X").
 * Only a record of Indonesia (`indonesianSigns`): its country, a +62 number or a mobile of its shape, an ".id" mailbox, its regions'
 * names, or an address of its neighbourhoods' and districts' words. A field none of this fits is returned as written.
 */
import type { CustomerContact } from '../customer-contact';
import { oneEditApart } from './string-metrics';

function folded(v: string): string {
  return v.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const COUNTRIES = new Set(['id', 'idn', 'indonesia', 'ri', 'republik indonesia']);
const REGIONS = /^(?:jawa\s+(?:timur|tengah|barat)|jatim|jateng|jabar|bali|banten|dki(?:\s+jakarta)?|di\s+yogyakarta|diy|yogyakarta|nusa\s+tenggara\s+(?:barat|timur)|ntb|ntt|(?:sumatera|sumatra|kalimantan|sulawesi)\s+\w+|riau|kepulauan\s+riau|lampung|aceh|papua|maluku|gorontalo|jambi|bengkulu|bangka\s+belitung)$/;
/** An address's neighbourhood (RT/RW), village's and district's words: Indonesia's alone. */
const ADDRESS_WORDS = /\b(?:rt\.?\s*\d{1,3}\s*\/?\s*rw\.?\s*\d{1,3}|rt\s*\/\s*rw|kel(?:urahan)?\.?\s+\p{L}|kec(?:amatan)?\.?\s+\p{L}|kab(?:upaten)?\.\s*\p{L}|kotak\s+pos)/iu;

/**
 * The record is one of Indonesia: its country says so, its phone is under +62 or is a mobile of Indonesia's shape and length
 * ("0812 3456 7890": twelve or thirteen digits opening 08 and another digit than 0, where Japan's open 080, Australia's and
 * Sweden's 08 numbers are ten digits at most and Iran's eleven), its mailbox under ".id", its region one of Indonesia's provinces, or its address
 * names a neighbourhood (RT/RW), village or district as Indonesia does. A record whose country is another is none.
 */
export function indonesianSigns(c: CustomerContact): boolean {
  if (typeof c.address?.country === 'string' && c.address.country.trim() !== '') return c.address.country.length <= 60 && COUNTRIES.has(folded(c.address.country));
  const phone = typeof c.phone === 'string' ? c.phone.slice(0, 80) : '';
  // "+62" or "0062"; "62" bare before eleven digits at least and no 9 (Brazil's Goiás writes "62" before its ten and eleven digits).
  const first = /^\s*((?:\+|00)?\s*[\d(][\d\s().-]{8,22})/.exec(phone)?.[1] ?? '';
  const digits = first.replace(/\D/g, '');
  if (/^\s*(?:\+|00)\s*62/.test(first) && digits.length >= 10) return true;
  if (/^62[1-8]\d{8,11}$/.test(digits) && !/^\s*(?:\+|00)/.test(first)) return true;
  // A mobile of twelve or thirteen digits opening 08 (Iran's landlines open 081, 083, 087 too, in eleven digits).
  // Not one whose area is bracketed: Brazil's "(081) 96296-5703" is twelve digits too.
  if (/^08[1-9]\d{9,10}$/.test(digits) && !/^\s*\(/.test(first)) return true;
  // An eleven-digit mobile beside a name as a phone saves it, an honorific only Indonesia writes before it ("Bpk. Robby Oei",
  // "Pak Gatot Denpasar"; not "Bu", "Koh", "Mas", "Mba": an Iranian's "Bu Ali", Thailand's "Koh Samui", a Nigerian's surname Mba).
  if (/^08[1-9]\d{8}$/.test(digits) && typeof c.displayName === 'string' && /^\s*(?:pak|bpk|bapak|ibu|cak|mbak|mbok)\b\.?\s+\p{L}/iu.test(c.displayName.slice(0, 100))) return true;
  if (typeof c.email === 'string' && /@[^\s@;,]+\.id\b/i.test(c.email.slice(0, 160))) return true;
  if (typeof c.address?.region === 'string' && c.address.region.length <= 60 && REGIONS.test(folded(c.address.region))) return true;
  if ([c.address?.line1, c.address?.line2].some((v) => typeof v === 'string' && ADDRESS_WORDS.test(v.slice(0, 200)))) return true;
  // A street as Indonesia writes it, its type before its name and its number after ("Jl Raya Turen no 69"; Malaysia's "No. 12,
  // Jalan X" writes the number first), or a regency's or a city's town ("Kab. Malang", "KOTA SURABAYA").
  if (typeof c.address?.line1 === 'string' && /^\s*(?:jl|jln|jalan)\b\.?\s*\p{L}[^,]*?\bno(?![a-z])\.?\s*\d/iu.test(c.address.line1.slice(0, 200))) return true;
  if (typeof c.address?.city === 'string' && c.address.city.length <= 80 && TOWN_SIGNS.has(folded(c.address.city))) return true;
  // Not "Kota" alone: Malaysia's Kota Kinabalu and Kota Bharu.
  return typeof c.address?.city === 'string' && (/^\s*(?:kab|kabupaten)\b\.?\s+\p{L}/iu.test(c.address.city.slice(0, 80)) || (/^\s*kota\s+(\p{L}+)\s*$/iu.test(c.address.city.slice(0, 80)) && TOWN_SIGNS.has(folded(c.address.city).replace(/^kota\s+/, ''))));
}

// ---------------------------------------------------------------------------------------------------------------------------
// Addresses

/** Where a street line's street ends: its neighbourhood, village, district, town, or a landmark beside it. */
// A village's, district's or town's word only after a comma ("Jl. Kota Baru No. 10", "Jl. Desa Sukorejo" are streets' names); the
// line's first comma ends its street in any case.
const STREET_END = /[,;]|\s(?=(?:rt|rw)\b\.?\s*\d|rt\s*\/\s*rw\b|(?:kel(?:urahan)?|kec(?:amatan)?)\.\s*\p{L}|(?:dkt|dekat|depan|dpn|blkg|belakang|samping|sebelah|seberang|sbrg)\s+(?:masjid|musholla|mushola|gereja|pura|pasar|sd|smp|sma|sekolah|puskesmas|kantor|balai|lapangan|jembatan|alun|stasiun|terminal|toko|indomaret|alfamart|bank|rs|makam|kuburan|pom|spbu|perempatan|pertigaan|gapura|gang|gg|jalan|jl)\b)/iu;
const TYPES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:jalan|jln|jl)(?:\.\s*|\s+|(?=[A-Z][a-z]))/iu, ''],
  [/\b(?:gang|gg)\b\.?\s*/giu, 'Gg '],
  [/\b(?:perumahan|perum)\b\.?\s*/giu, 'Perum '],
  [/\b(?:kompleks|komplek|komp)\b\.?\s*/giu, 'Komp '],
  [/\b(?:blk|blok)\b\.?\s*/giu, 'Blok '],
  [/\b(?:dusun|dsn)\b\.?\s*/giu, 'Dsn '],
];
/** The house's number after its mark ("No. 12", "No.12", "no 12B", "Nomor 12", "Nmr. 5", "Kav. 5"). */
const NUMBER_MARKED = /\s*,?\s*\b(?:no|nomor|nomer|nmr|nr|kav|kavling)(?![a-z])\.?\s*:?\s*(\d{1,5})\s*([a-z])?(?![\p{L}\d])/iu;
/** A plot's block and number ("Blok B/9", "Blok D-2", "Blok K237", "Blok B 9"). */
const BLOCK_NUMBER = /\bBlok\s+([a-z]{1,2}\d?)\s*[-/.]?\s*(\d{1,4})\s*([a-z])?(?![\p{L}\d])/iu;
/** "Kotak Pos 1234", "KOTAK POS 1234", "PO BOX 1234": a post office box's. */
const PO_BOX = /^\s*(?:kotak\s+pos|k\.?\s?p\.?|p\.?\s?o\.?\s*box)\s*:?\s*(\d{1,6})\b/iu;

/** One street line read: the numbered street ("34 Ahmad Yani", "9 Perum Pesona Alam Hijau Blok B") and what follows it. */
function streetRead(raw: string): { street: string; rest: string | null } | null {
  const line = raw.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (line === '') return null;
  const box = PO_BOX.exec(line);
  if (box !== null) return { street: `PO Box ${box[1] ?? ''}`, rest: null };
  // A line of the neighbourhood, village or district alone ("RT 07/RW 03, Kel. Lidah Kulon"): no street's.
  if (/^(?:rt|rw|kel(?:urahan)?|kec(?:amatan)?|ds|desa|br|banjar)\b\.?\s*[\p{L}\d]/iu.test(line)) return null;
  const end = STREET_END.exec(line);
  let street = (end === null ? line : line.slice(0, end.index)).replace(/[\s,;.-]+$/, '');
  const rest = end === null ? null : line.slice(end.index).replace(/^[\s,;]+/, '').trim() || null;
  for (const [re, to] of TYPES) street = street.replace(re, to);
  let number: string | null = null;
  const marked = NUMBER_MARKED.exec(street);
  if (marked !== null) {
    number = `${marked[1] ?? ''}${(marked[2] ?? '').toUpperCase()}`;
    street = `${street.slice(0, marked.index)} ${street.slice(marked.index + marked[0].length)}`;
  }
  const block = BLOCK_NUMBER.exec(street);
  if (number === null && block !== null) {
    number = `${block[2] ?? ''}${(block[3] ?? '').toUpperCase()}`;
    street = `${street.slice(0, block.index)} Blok ${(block[1] ?? '').toUpperCase()} ${street.slice(block.index + block[0].length)}`;
  }
  street = street.replace(/\s+/g, ' ').replace(/[\s,;.-]+$/, '').trim();
  if (number === null) {
    // A number closing the line, as a branch types it ("Jl Raya Kencong 110"): the house's.
    const last = /^(.*\p{L}.*?)\s+(\d{1,5})\s*([a-z])?$/iu.exec(street);
    if (last !== null && !/\b(?:gg|blok)\s*$/i.test(last[1] ?? '')) {
      number = `${last[2] ?? ''}${(last[3] ?? '').toUpperCase()}`;
      street = (last[1] ?? '').trim();
    }
  }
  if (!/\p{L}{2}/u.test(street)) return null;
  return { street: number === null ? street : `${number} ${street}`, rest };
}

/** A neighbourhood's numbers as written ("RT 03/RW 05", "RT.003/RW.005", "Rt 3 Rw 5", "rt 7 rw 7", "RT11/RW9"). */
const RT_RW = /\b(?:rt)\b\.?\s*:?\s*\d{1,3}\s*(?:[/,]?\s*(?:rw)\b\.?\s*:?\s*\d{1,3})?|\brw\b\.?\s*\d{1,3}/giu;

/** Towns of East Java and Bali no other country's records name (`indonesianSigns`): not "Batu", "Solo", "Kuta", "Taman", "Waru". */
const TOWN_SIGNS = new Set([
  'surabaya', 'sidoarjo', 'gresik', 'mojokerto', 'pasuruan', 'malang', 'jember', 'lumajang', 'banyuwangi', 'probolinggo', 'bondowoso', 'situbondo',
  'bangkalan', 'pamekasan', 'sumenep', 'sampang', 'denpasar', 'badung', 'gianyar', 'tabanan', 'buleleng', 'klungkung', 'singaraja', 'sby', 'mlg', 'jbr', 'dps',
]);

/** Towns as the branches write them short. */
const TOWN_SHORT: ReadonlyMap<string, string> = new Map([
  ['sby', 'Surabaya'], ['mlg', 'Malang'], ['sda', 'Sidoarjo'], ['sdj', 'Sidoarjo'], ['jbr', 'Jember'], ['dps', 'Denpasar'], ['bwi', 'Banyuwangi'],
  ['gsk', 'Gresik'], ['mjk', 'Mojokerto'], ['pas', 'Pasuruan'], ['pbl', 'Probolinggo'], ['jkt', 'Jakarta'], ['bdg', 'Bandung'], ['smg', 'Semarang'],
  ['yk', 'Yogyakarta'], ['jogja', 'Yogyakarta'], ['jogjakarta', 'Yogyakarta'],
]);
function townRead(v: string | null | undefined): string | null | undefined {
  if (typeof v !== 'string' || v.length > 80) return v;
  const bare = v.replace(/^\s*(?:kota(?:madya)?|kodya|kab(?:upaten)?|kab)\b\.?\s*/iu, '').trim();
  const town = TOWN_SHORT.get(folded(bare)) ?? bare;
  return town === '' ? v : town;
}

/** A line of an address as Indonesia writes it: a street's type or mark, a plot, a neighbourhood, village or district. */
const INDONESIAN_LINE = /\b(?:jl|jln|jalan|gg|gang|perum|perumahan|ruko|komp|kompleks|komplek|blok|kav|kavling|dsn|dusun|rt|rw|kel|kelurahan|kec|kecamatan|desa|ds|br|banjar|kotak\s+pos)\b/iu;

function addressRead(a: NonNullable<CustomerContact['address']>): NonNullable<CustomerContact['address']> {
  const lines = [a.line1, a.line2].filter((l): l is string => typeof l === 'string' && l.trim() !== '' && l.length <= 300);
  // Another country's lines in a record told Indonesia's by its phone alone ("Rua das Flores, 123 - Apto 45"): as written.
  if (!lines.some((l) => INDONESIAN_LINE.test(l))) return { ...a, city: townRead(a.city) ?? null };
  let street: string | null = null;
  const others: string[] = [];
  for (const l of lines) {
    const read: { street: string; rest: string | null } | null = street === null ? streetRead(l) : null;
    if (read === null) {
      others.push(l.trim());
      continue;
    }
    street = read.street;
    if (read.rest !== null) others.push(read.rest);
  }
  // The neighbourhood's numbers (RT/RW) off the other line: no street's number ("RT 07" is no route).
  const rest = others
    .map((o) => o.replace(RT_RW, ' ').replace(/^[\s,;]+|[\s,;]+$/g, '').replace(/\s*,\s*,\s*/g, ', ').trim())
    .filter((o) => /\p{L}{2}/u.test(o));
  // No street: none (its village or district alone is read as no street's, not as another street).
  if (street === null) return { ...a, line1: null, line2: null, city: townRead(a.city) ?? null };
  return { ...a, line1: street, line2: rest.length === 0 ? null : rest.join(', '), city: townRead(a.city) ?? null };
}

// ---------------------------------------------------------------------------------------------------------------------------
// Names

/** Honorifics and titles before a person's name, as words (dots and case off). "H." and "Hj." (haji, hajjah) with their dot only. */
const HONORIFICS = new Set([
  'bpk', 'bapak', 'pak', 'ibu', 'bu', 'mas', 'mbak', 'mba', 'cak', 'bli', 'mbok', 'koh', 'ko', 'cik', 'ci', 'cici', 'ce', 'ny', 'nyonya',
  'tn', 'tuan', 'sdr', 'sdri', 'saudara', 'haji', 'hajah', 'hajjah', 'kh', 'ir', 'drs', 'dra', 'dr', 'prof', 'ust', 'ustadz', 'ustad', 'gus', 'ning',
  'om', 'tante', 'bude', 'pakde', 'mak', 'abah', 'umi', 'engkoh', 'encik', 'babah', 'mbah',
]);
/** Honorifics that are given names as often: read only before another word. */
const HONORIFIC_NAMES = new Set(['mas', 'gus', 'ning', 'umi', 'om', 'ko', 'ci', 'ce', 'mak']);
/** Degrees after a name (", S.E.", "S.Pd.", "S.H., M.H.", "M.M.", "A.Md."), dotted or not. */
const DEGREES = /(?:,?\s*\b(?:s\.?\s?(?:e|h|t|pd|kom|sos|ag|ked|farm|psi|ip|kep|ak|hut|pt|ds|sn|i\.?kom|p|si|m)|m\.?\s?(?:m|h|t|si|pd|kes|ba|ag|kom|sc|e)|a\.?\s?md|b\.?\s?sc|mba|phd|ph\.\s?d)\b\.?)+\s*$/iu;
/** Bali's words before a person's own name: the sex's, the birth order's and the caste's. */
const BALINESE = new Set([
  'i', 'ni', 'luh', 'wayan', 'wyn', 'putu', 'gede', 'gd', 'made', 'md', 'kadek', 'kdk', 'nengah', 'ngh', 'nyoman', 'nym', 'komang', 'kmg', 'ketut', 'kt',
  'ida', 'bagus', 'ib', 'ayu', 'anak', 'agung', 'aa', 'gusti', 'gst', 'ngurah', 'ngr', 'cokorda', 'cok', 'dewa', 'desak', 'ign', 'igst',
]);
/** Words Bali's names open with, where the rest are read as its own (`BALINESE`). */
const BALINESE_OPENING = new Set(['i', 'ni', 'ida', 'anak', 'gusti', 'cokorda', 'cok', 'dewa', 'desak', 'ib', 'aa', 'ign', 'igst', 'wayan', 'putu', 'made', 'nyoman', 'ketut', 'kadek', 'komang', 'gede', 'nengah', 'wyn', 'md', 'kt', 'nym']);
/** Words a saver writes after a person's name: a shop's, a trade's, a job's or a site's ("Toko Jaya", "Tkg Listrik", "Renov Rumah"). */
const TAIL = new Set([
  'toko', 'tk', 'tb', 'ud', 'cv', 'pt', 'tkg', 'tukang', 'mandor', 'kontraktor', 'pemborong', 'renov', 'renovasi', 'rumah', 'bangun', 'proyek', 'project',
  'las', 'bengkel', 'listrik', 'cat', 'kayu', 'batu', 'besi', 'keramik', 'catering', 'katering', 'kos', 'kost', 'salon', 'warung', 'depot', 'admin', 'kopkar',
  'kantor', 'gudang', 'material', 'bangunan', 'sanitair', 'plafon', 'baja', 'genteng', 'pasir', 'kaca', 'pipa', 'villa', 'vila', 'hotel', 'sekolah', 'masjid',
  'gereja', 'pura', 'ponpes', 'pesantren', 'koperasi', 'kud', 'ksu', 'dinas', 'desa', 'kelurahan', 'perum', 'ruko', 'gg', 'jl', 'jln', 'jalan',
]);
/** Towns of East Java and Bali (and Indonesia's largest), as a saver writes them after a name ("Cik Lina Malang"). */
const TOWNS = new Set([
  'surabaya', 'sidoarjo', 'gresik', 'mojokerto', 'pasuruan', 'malang', 'batu', 'jember', 'lumajang', 'banyuwangi', 'probolinggo', 'bondowoso', 'situbondo',
  'bangkalan', 'pamekasan', 'sumenep', 'sampang', 'denpasar', 'badung', 'gianyar', 'tabanan', 'buleleng', 'klungkung', 'bangli', 'karangasem', 'jembrana',
  'kuta', 'ubud', 'sanur', 'jimbaran', 'singaraja', 'kediri', 'madiun', 'blitar', 'tulungagung', 'lamongan', 'tuban', 'jombang', 'nganjuk', 'ngawi',
  'magetan', 'ponorogo', 'trenggalek', 'pacitan', 'bojonegoro', 'jakarta', 'bandung', 'semarang', 'yogyakarta', 'jogja', 'solo', 'medan', 'makassar',
  'kepanjen', 'krian', 'porong', 'waru', 'taman', 'kencong', 'genteng', 'sby', 'mlg', 'sda', 'jbr', 'dps', 'bwi',
]);

/** Words of a name as written, each with its folded form. */
function words(v: string): Array<{ w: string; f: string }> {
  return v
    .split(/[\s,]+/)
    .filter((w) => w !== '')
    .map((w) => ({ w, f: folded(w).replace(/\s+/g, '') }));
}

/** A town's name or one a letter off it, as a saver types it ("Siodarjo"). */
function townWord(f: string): boolean {
  if (TOWNS.has(f)) return true;
  if (f.length < 6) return false;
  for (const t of TOWNS) if (t.length >= 6 && oneEditApart(t, f, 6)) return true;
  return false;
}

/** The honorifics opening a name off (one word at least left), and how many were. */
function withoutHonorifics(ws: Array<{ w: string; f: string }>): { ws: Array<{ w: string; f: string }>; n: number } {
  let i = 0;
  while (i < ws.length - 1) {
    const { w, f } = ws[i] as { w: string; f: string };
    const dotted = /^(?:h|hj|hj\.?|dr|ir|drs|dra|kh)\.$/i.test(w) || /^(?:hj)$/i.test(w);
    // "Umi", "Ning", "Mas" before a single word are a name's ("Umi Kalsum"), before two a saver's honorific ("Mas Rudi Jember").
    if (dotted || (HONORIFICS.has(f) && !(HONORIFIC_NAMES.has(f) && ws.length - i <= 2))) i += 1;
    else break;
  }
  return { ws: ws.slice(i), n: i };
}

/** Bali's sex, birth-order and caste words off a name that opens with them (its own name kept: one word at least). */
function withoutBalinese(ws: Array<{ w: string; f: string }>): Array<{ w: string; f: string }> {
  if (ws.length < 2 || !BALINESE_OPENING.has(ws[0]?.f ?? '')) return ws;
  let i = 0;
  while (i < ws.length - 1 && BALINESE.has(ws[i]?.f ?? '')) i += 1;
  return ws.slice(i);
}

/**
 * A person's name as a phone saves it, read: honorifics off, then the person's name (one or two words) and the shop, trade or town
 * after it. Only a display of an honorific opening it, or a shop's, trade's or town's word after one or two words of a name.
 */
function savedName(display: string): { name: string; shop: string | null; honorific: boolean } | null {
  const all = words(display.replace(/\([^()]*\)/g, ' ').replace(/\s[-–]\s/g, ' '));
  const { ws, n } = withoutHonorifics(all);
  if (ws.length === 0) return null;
  let k = ws.findIndex((x, i) => i > 0 && (TAIL.has(x.f) || townWord(x.f)));
  if (k === -1) k = ws.length;
  // Only a name an honorific opens: "Sinar Baja", "Rina Bangun" are a shop's and a person's own names.
  if (k > 3 || n === 0) return null;
  const tail = ws.slice(k);
  const shopAt = tail.findIndex((x) => x.f === 'toko' || x.f === 'tk' || x.f === 'tb' || x.f === 'ud' || x.f === 'pt' || x.f === 'cv');
  const shopWords = shopAt === -1 ? [] : tail.slice(shopAt).filter((x, i) => i === 0 || !townWord(x.f));
  return { name: ws.slice(0, k).map((x) => x.w).join(' '), shop: shopWords.length >= 2 ? shopWords.map((x) => x.w).join(' ') : null, honorific: n > 0 };
}

/** A person's name field read: honorifics and degrees off, Bali's words off. */
function personRead(v: string | null | undefined): string | null {
  if (typeof v !== 'string' || v.trim() === '' || v.length > 200) return null;
  const bare = v.replace(DEGREES, '').replace(/\([^()]*\)/g, ' ');
  const ws = withoutHonorifics(words(bare)).ws;
  const out = ws
    .map((x) => x.w)
    .join(' ')
    .replace(/[,;]+$/, '')
    .trim();
  return out === '' || !/\p{L}/u.test(out) ? null : out;
}

/**
 * The old spelling and the new in one ("oe" as "u", "dj" as "j", "tj" as "c": none of these the new spelling writes): a key, not a
 * name to show. Not the old "j" for the new "y", nor "nj" and "sj": the new spelling writes them too ("Sanjaya", "Jaya").
 */
export function indonesianSpelling(word: string): string {
  // Not "oe" before "l" or at a word's end: Joel, Noel, Zoe, Chloe are Western names as written.
  return word.toLowerCase().replace(/oe(?![l]|$)/g, 'u').replace(/dj/g, 'j').replace(/tj/g, 'c');
}
function spelt(v: string | null | undefined): string | null | undefined {
  if (typeof v !== 'string' || v.length > 200) return v;
  return v.replace(/\p{L}+/gu, (w) => {
    const key = indonesianSpelling(w);
    if (key === w.toLowerCase()) return w;
    return w === w.toUpperCase() ? key.toUpperCase() : w[0] === w[0]?.toUpperCase() ? key.charAt(0).toUpperCase() + key.slice(1) : key;
  });
}

/** Shops', trading names' and companies' marks in one spelling; a company's form after its name before it. */
function firmRead(v: string | null | undefined): string | null | undefined {
  if (typeof v !== 'string' || v.length > 200) return v;
  let out = v
    .replace(/^\s*(?:p\.\s?t\.?|pt\.)\s*/iu, 'PT ')
    .replace(/^\s*(?:c\.\s?v\.?|cv\.)\s*/iu, 'CV ')
    .replace(/^\s*(?:u\.\s?d\.?|ud\.)\s*/iu, 'UD ')
    // "Tk." and "TB" a toko's; "TK" with no dot a kindergarten's (taman kanak-kanak: "TK Nurul Falah").
    .replace(/^\s*(?:tk\.|tb\b\.?)\s*/iu, 'Toko ')
    .replace(/^\s*toko\s+(?:bangunan|material|bahan\s+bangunan)\s+(?=\S)/iu, 'Toko ');
  const formAfter = /^(.*\S)\s*,\s*(PT|CV|UD)\.?\s*(Tbk\.?)?\s*$/iu.exec(out);
  if (formAfter !== null) out = `${(formAfter[2] ?? '').toUpperCase()} ${formAfter[1] ?? ''}${formAfter[3] !== undefined ? ' Tbk' : ''}`;
  out = out.replace(/\s+/g, ' ').trim();
  return out === '' ? v : out;
}

/**
 * A record of Indonesia read as its systems write it (see the module's comment); any other record as it is.
 */
export function withIndonesianRead(c: CustomerContact, signs: boolean = indonesianSigns(c)): CustomerContact {
  if (!signs) return c;
  const address = c.address === null || c.address === undefined ? c.address : addressRead(c.address);
  const company = firmRead(c.companyName);
  const organisation = typeof company === 'string' && company.trim().length > 1;
  let displayName = c.displayName;
  let companyName = company;
  let givenName = personRead(c.givenName);
  const familyName = personRead(c.familyName);
  const fieldsEmpty = givenName === null && familyName === null;
  const display = typeof displayName === 'string' && displayName.length <= 200 ? displayName.replace(DEGREES, '') : null;
  const firmShown = firmRead(display);
  const saved = display === null || (organisation && folded(firmShown ?? '') === folded(company ?? '')) ? null : savedName(display);
  if (organisation) {
    if (saved !== null && saved.honorific) {
      // A shop's or a firm's record saved under its person's name ("pak sholeh toko eka sakti", "Pak Asmuni Mulia Unggul"): the
      // person its contact where none is written.
      displayName = firmShown;
      if (fieldsEmpty) givenName = personRead(saved.name);
    } else if (typeof firmShown === 'string') {
      // The town a saver wrote after a firm's name ("Arta Abadi Malang"), not a word of its company's name, off.
      const ws = words(firmShown);
      const last = ws[ws.length - 1]?.f ?? '';
      const companyWords = words(company ?? '').map((x) => x.f);
      displayName = ws.length >= 3 && townWord(last) && !companyWords.includes(last) ? ws.slice(0, -1).map((x) => x.w).join(' ') : firmShown;
    }
  } else if (display !== null) {
    if (saved !== null && (fieldsEmpty || (givenName !== null && folded(saved.name).startsWith(folded(givenName).split(' ')[0] ?? '')))) {
      // A person's name as saved: the name alone; a shop noted beside it the record's company.
      displayName = personRead(saved.name) ?? saved.name;
      if (saved.shop !== null) companyName = firmRead(saved.shop) ?? saved.shop;
    } else displayName = personRead(display) ?? displayName;
  }
  if (!organisation && fieldsEmpty && typeof displayName === 'string') {
    // A name as a phone saves it, no fields of its own: Bali's words off it ("Bli Wayan Arsana"), a single name its given name
    // alone ("Pak Arsana"), read beside a longer one as a name it holds. Names in their fields are read as written: a birth-order
    // name both records write agrees as a given name.
    const shown = withoutBalinese(words(displayName));
    displayName = shown.length > 0 ? shown.map((x) => x.w).join(' ') : displayName;
    if (shown.length === 1) givenName = displayName;
  }
  return {
    ...c,
    displayName: spelt(displayName) ?? null,
    givenName: spelt(givenName) ?? null,
    familyName: spelt(familyName) ?? null,
    companyName: spelt(companyName) ?? null,
    ...(address === undefined ? {} : { address }),
  };
}

/**
 * The register a record of Indonesia (`indonesianSigns`, read by `withIndonesianRead`) stands in: a CV's or a PT's ("PT X", "CV X",
 * "X Tbk": a legal person, another customer than its owner and its directors, even at the owner's home and phone), a person's own
 * ('ID-OWNER': a person, or the toko or UD a person trades as, which is no legal person: the toko's record and its owner's are one
 * customer's), or none (an organisation of no form
 * written: its form dropped as often as written). A CV or PT against a person's own record is two registers' (id-grosir read: "PT.
 * SUKAMTO MANDIRI" / "Sukamto" at his phone and house, "SUWECA TEKNIK, CV" / "I Komang Suweca" at his street).
 */
export function indonesianRegisters(c: CustomerContact, organisation: boolean): string[] {
  const written = [c.companyName, c.displayName].filter((v): v is string => typeof v === 'string' && v.length <= 200).map((v) => firmRead(v) ?? v);
  if (written.some((v) => /^\s*(?:PT|CV)\s+\S/.test(v) || /\bTbk\.?\s*$/i.test(v))) return ['ID-PT'];
  // A toko's or a UD's record is its owner's, as the person's own is.
  if (written.some((v) => /^\s*(?:toko|ud)\s+\S/i.test(v))) return ['ID-OWNER'];
  return organisation || (typeof c.companyName === 'string' && c.companyName.trim() !== '') ? [] : ['ID-OWNER'];
}
