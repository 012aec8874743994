/**
 * Matching keys for people (migration 002): one rule, applied in TypeScript at write time and to
 * every search, so PGlite and the PostgreSQL server compare exactly the same strings. Pure.
 *
 * - Names: lower case; accents stripped (Unicode NFD, then combining marks dropped); letters NFD
 *   does not split (ł, ø, ß, æ…) and Cyrillic transliterated (simplified BGN/PCGN); apostrophes
 *   removed (O'Brien → obrien); hyphens and other punctuation become a space, so a hyphenated or
 *   double-barrelled surname keeps both parts as words (Smith-Jones → "smith jones"). Only
 *   a–z, 0–9 and single spaces remain, which pg_trgm treats the same in every locale.
 * - Phones: UK numbers in national form, e.g. "+44 (0)7700 900123" → "07700900123".
 * - Postcodes: upper case without spaces, e.g. "le1 1aa" → "LE11AA".
 * - Email: trimmed, lower case.
 */

/** Letters that Unicode NFD leaves whole, and Cyrillic (Russian, Ukrainian, Bulgarian), in Latin. */
const LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * A name (or any text) as matching compares it: lower case, a–z, 0–9 and single spaces.
 * @example normaliseName("  Wiśniewska-O'Neill ") === 'wisniewska oneill'
 */
export function normaliseName(text: string): string {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      // eslint-disable-next-line no-control-regex -- the range is 'not ASCII', written from NUL
      .replace(/[^\x00-\x7f]/g, (c) => LETTERS[c] ?? c) // before NFD, so й stays y rather than и + breve
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/['’‘`´ʼ]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

const orNull = (s: string): string | null => (s === '' ? null : s);

/** The `surname_key` column: the normalised surname, or null when nothing is left. */
export function surnameKey(surname: string | null | undefined): string | null {
  return orNull(normaliseName(surname ?? ''));
}

/** The normalised forename(s), or null when nothing is left. */
export function forenameKey(forename: string | null | undefined): string | null {
  return orNull(normaliseName(forename ?? ''));
}

/** The `name_key` column: "forename surname" normalised, or null when both are empty. */
export function nameKey(forename: string | null | undefined, surname: string | null | undefined): string | null {
  return orNull([forenameKey(forename), surnameKey(surname)].filter(Boolean).join(' '));
}

/**
 * The `phone_key` column: a UK number in national form (0 and 10 digits, e.g. 07700900123, or
 * 0 and 9 digits for a few older area codes). Spaces, dots, dashes and brackets are ignored;
 * +44 and 0044 become 0, and "(0)" after them is dropped. Ten digits without the leading 0
 * (7700900123) are read as a national number typed without it.
 * @returns null when the result is not plausibly a UK number (international, too short, letters).
 * Source: Ofcom National Telephone Numbering Plan (numbers are 0 + 9 or 10 digits).
 */
export function phoneKey(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let s = phone.trim().replace(/[\s.\-()/]/g, '');
  if (s.startsWith('+44')) s = '0' + s.slice(3);
  else if (s.startsWith('0044')) s = '0' + s.slice(4);
  if (s.startsWith('00')) s = s.slice(1); // "+44 (0)…" became "00…"
  if (/^[1-9]\d{9}$/.test(s)) s = '0' + s;
  return /^0[1-9]\d{8,9}$/.test(s) ? s : null;
}

/** UK postcode shape: outward code (A9, A99, AA9, AA99, A9A, AA9A) then inward code (9AA). */
const POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|GIR0AA)$/;

/**
 * The `postcode_key` column: upper case without spaces, e.g. "le1 1aa" → "LE11AA".
 * @returns null unless it has the loose shape of a full UK postcode (not checked against the PAF).
 */
export function postcodeKey(postcode: string | null | undefined): string | null {
  if (!postcode) return null;
  const s = postcode.toUpperCase().replace(/\s+/g, '');
  return POSTCODE.test(s) ? s : null;
}

/** A postcode as people write it, "LE1 1AA"; the input trimmed when it is not a valid shape. */
export function formatPostcode(postcode: string): string {
  const key = postcodeKey(postcode);
  return key ? `${key.slice(0, -3)} ${key.slice(-3)}` : postcode.trim();
}

/** The `email_key` column: trimmed and lower case; null unless it looks like local@domain.tld. */
export function emailKey(email: string | null | undefined): string | null {
  if (!email) return null;
  const s = email.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) ? s : null;
}

/** Common street-type abbreviations, expanded so "12 Station Rd" and "Station Road" agree. */
const STREET_WORDS: Record<string, string> = {
  rd: 'road',
  st: 'street',
  ave: 'avenue',
  av: 'avenue',
  ln: 'lane',
  cl: 'close',
  dr: 'drive',
  cres: 'crescent',
  ct: 'court',
  gdns: 'gardens',
  gr: 'grove',
  pl: 'place',
  sq: 'square',
  terr: 'terrace',
  tce: 'terrace',
  wy: 'way',
};

/**
 * The street of a free-text address and the house number or name before it.
 * "Flat 2, 14a Station Rd, Leicester" → { number: '14a', street: 'station road' }. The street is
 * the first comma-separated part that has letters after any leading number; flat or house
 * numbers are dropped from it.
 * @returns null when no street can be found.
 */
export function addressParts(address: string | null | undefined): { number: string | null; street: string } | null {
  if (!address) return null;
  for (const part of address.split(/[,\n]/)) {
    const words = normaliseName(part).split(' ').filter(Boolean);
    if (words[0] === 'flat' || words[0] === 'apartment' || words[0] === 'unit') continue;
    const numberWords: string[] = [];
    while (words.length && /\d/.test(words[0]!)) numberWords.push(words.shift()!);
    if (numberWords.length && words.length > 1 && /^[a-z]$/.test(words[0]!)) numberWords.push(words.shift()!);
    if (!words.length) continue;
    const street = words.map((w) => STREET_WORDS[w] ?? w).join(' ');
    return { number: numberWords.length ? numberWords.join('') : null, street };
  }
  return null;
}

/** The matching key columns of a `people` row. */
export interface PersonKeys {
  name_key: string | null;
  surname_key: string | null;
  phone_key: string | null;
  postcode_key: string | null;
  email_key: string | null;
}

/** What the keys are made from. */
export interface PersonKeySource {
  forename: string;
  surname: string;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  postcode?: string | null | undefined;
}

/** All the matching keys for inserting or updating a person. */
export function personKeys(person: PersonKeySource): PersonKeys {
  return {
    name_key: nameKey(person.forename, person.surname),
    surname_key: surnameKey(person.surname),
    phone_key: phoneKey(person.phone),
    postcode_key: postcodeKey(person.postcode),
    email_key: emailKey(person.email),
  };
}
