import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressParts,
  emailKey,
  formatPostcode,
  nameKey,
  normaliseName,
  personKeys,
  phoneKey,
  postcodeKey,
  surnameKey,
} from './normalise.js';

describe('normalising names for matching', () => {
  it('lower-cases and strips accents, including letters Unicode does not decompose', () => {
    expect(surnameKey('Wiśniewska')).toBe('wisniewska');
    expect(surnameKey('Dąbrowski')).toBe('dabrowski');
    expect(nameKey('Łukasz', 'Woźniak')).toBe('lukasz wozniak');
    expect(nameKey('Søren', 'Straße')).toBe('soren strasse');
    expect(nameKey('Ionuț', 'Popescu')).toBe('ionut popescu');
    expect(nameKey('Rūta', 'Kazlauskienė')).toBe('ruta kazlauskiene');
  });

  it('removes apostrophes rather than splitting on them', () => {
    expect(surnameKey("O'Brien")).toBe('obrien');
    expect(surnameKey('D’Souza')).toBe('dsouza');
  });

  it('keeps both parts of a hyphenated or double-barrelled surname as words', () => {
    expect(surnameKey('Smith-Jones')).toBe('smith jones');
    expect(surnameKey('Smith  Jones')).toBe('smith jones');
    expect(surnameKey('Kaur Sandhu')).toBe('kaur sandhu');
    expect(nameKey('Mary-Ann', 'Lloyd Webber')).toBe('mary ann lloyd webber');
  });

  it('transliterates Cyrillic (simplified BGN/PCGN)', () => {
    expect(nameKey('Олена', 'Шевченко')).toBe('olena shevchenko');
    expect(surnameKey('Иванова')).toBe('ivanova');
    expect(nameKey('Юрій', 'Ковальчук')).toBe('yuriy kovalchuk');
  });

  it('gives null when nothing is left, and "forename surname" when one side is empty', () => {
    expect(surnameKey('  ')).toBeNull();
    expect(surnameKey("'-'")).toBeNull();
    expect(nameKey('', '')).toBeNull();
    expect(nameKey('', 'Patel')).toBe('patel');
    expect(nameKey('Priya', undefined)).toBe('priya');
  });

  it('only ever leaves a–z, 0–9 and single inner spaces, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const key = normaliseName(s);
        expect(key).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
        expect(normaliseName(key)).toBe(key);
      }),
    );
  });
});

describe('normalising UK phone numbers', () => {
  it('reads the usual ways of writing one number as the same key', () => {
    for (const written of [
      '07700 900123',
      '07700-900-123',
      '+44 7700 900123',
      '+44 (0)7700 900123',
      '0044 7700 900 123',
      '(07700) 900123',
      '7700900123',
      '07700.900.123',
    ]) {
      expect(phoneKey(written), written).toBe('07700900123');
    }
    expect(phoneKey('(0116) 496 0123')).toBe('01164960123');
  });

  it('refuses numbers that are not plausibly UK numbers', () => {
    expect(phoneKey('999')).toBeNull();
    expect(phoneKey('+33 1 23 45 67 89')).toBeNull();
    expect(phoneKey('call me')).toBeNull();
    expect(phoneKey('')).toBeNull();
    expect(phoneKey(null)).toBeNull();
    expect(phoneKey('07700 900123 ext 4')).toBeNull();
  });
});

describe('normalising postcodes and emails', () => {
  it('upper-cases postcodes and drops spaces, for every outward-code shape', () => {
    expect(postcodeKey('le1 1aa')).toBe('LE11AA');
    expect(postcodeKey(' LE67  4LK ')).toBe('LE674LK');
    for (const p of ['M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB']) expect(postcodeKey(p)).toBe(p.replace(' ', ''));
  });

  it('refuses partial or malformed postcodes', () => {
    for (const p of ['LE1', 'LE1 1A', '1LE 1AA', 'LE1 AAA', 'hello']) expect(postcodeKey(p), p).toBeNull();
  });

  it('writes a postcode the way people do, with one space', () => {
    expect(formatPostcode('le674lk')).toBe('LE67 4LK');
    expect(formatPostcode(' not one ')).toBe('not one');
  });

  it('trims and lower-cases emails, and refuses what is not one', () => {
    expect(emailKey('  Sam.Smith@Example.COM ')).toBe('sam.smith@example.com');
    expect(emailKey('sam@localhost')).toBeNull();
    expect(emailKey('not an email')).toBeNull();
  });
});

describe('finding the street in an address', () => {
  it('takes the house number and street, expanding abbreviations', () => {
    expect(addressParts('14 Station Rd, Leicester')).toEqual({ number: '14', street: 'station road' });
    expect(addressParts('Flat 2, 14a Station Road, Leicester LE1 1AA')).toEqual({ number: '14a', street: 'station road' });
    expect(addressParts('14 A Station Road')).toEqual({ number: '14a', street: 'station road' });
    expect(addressParts('Willow Cres')).toEqual({ number: null, street: 'willow crescent' });
  });

  it('gives null when there is no street', () => {
    expect(addressParts('')).toBeNull();
    expect(addressParts('12, 14')).toBeNull();
  });
});

describe('the keys written with a person', () => {
  it('are all set from one rule', () => {
    expect(
      personKeys({
        forename: 'Łukasz',
        surname: 'Wiśniewski-Nowak',
        phone: '+44 7700 900123',
        email: 'L@Example.org',
        postcode: 'le5 3ab',
      }),
    ).toEqual({
      name_key: 'lukasz wisniewski nowak',
      surname_key: 'wisniewski nowak',
      phone_key: '07700900123',
      postcode_key: 'LE53AB',
      email_key: 'l@example.org',
    });
  });
});
