import { describe, expect, it } from 'vitest';
import {
  MIN_SCORE,
  compareDatesOfBirth,
  prepareQuery,
  scoreCandidate,
  type CandidateRecord,
  type PersonQuery,
  type PhoneticCodes,
} from './match.js';
import { personKeys } from './normalise.js';

/** Double Metaphone codes as fuzzystrmatch gives them, for the words these tests use. */
const DM: Record<string, [string, string]> = {
  smith: ['SM0', 'XMT'],
  smyth: ['SM0', 'XMT'],
  schmidt: ['XMT', 'SMT'],
  jon: ['JN', 'AN'],
  john: ['JN', 'AN'],
  kowalski: ['KLSK', 'KLSK'],
  kowalska: ['KLSK', 'KLSK'],
  jaspreet: ['JSPR', 'ASPR'],
  jaspret: ['JSPR', 'ASPR'],
  hussain: ['HSN', 'HSN'],
  hussein: ['HSN', 'HSN'],
  kaur: ['KR', 'KR'],
  anna: ['AN', 'AN'],
};
const codes = (...texts: string[]): PhoneticCodes =>
  new Map(
    texts
      .flatMap((t) => t.toLowerCase().split(/[\s-]+/))
      .filter((w) => DM[w])
      .map((w) => [w, { primary: DM[w]![0], alternate: DM[w]![1] }]),
  );

function person(p: {
  forename: string;
  surname: string;
  dateOfBirth?: string | null;
  phone?: string;
  postcode?: string;
  email?: string;
  address?: string;
}): CandidateRecord {
  const keys = personKeys(p);
  return {
    forename: p.forename,
    surname: p.surname,
    dateOfBirth: p.dateOfBirth ?? null,
    phoneKey: keys.phone_key,
    postcodeKey: keys.postcode_key,
    emailKey: keys.email_key,
    address: p.address ?? null,
    codes: codes(p.forename, p.surname),
  };
}

const score = (query: PersonQuery, candidate: CandidateRecord) =>
  scoreCandidate(prepareQuery(query), candidate, codes(query.forename ?? '', query.surname ?? ''));

const johnSmith = person({
  forename: 'John',
  surname: 'Smith',
  dateOfBirth: '1984-03-07',
  phone: '07700 900123',
  postcode: 'LE2 7QT',
  address: '14 Station Road, Leicester',
});

describe('comparing dates of birth', () => {
  it('recognises the same date, day and month swapped, a year apart and a one-digit slip', () => {
    expect(compareDatesOfBirth('1984-03-07', '1984-03-07')).toBe('same');
    expect(compareDatesOfBirth('1984-07-03', '1984-03-07')).toBe('swapped');
    expect(compareDatesOfBirth('1985-03-07', '1984-03-07')).toBe('yearApart');
    expect(compareDatesOfBirth('1984-03-17', '1984-03-07')).toBe('oneDigit');
    expect(compareDatesOfBirth('1948-03-07', '1984-03-07')).toBe('oneDigit');
    expect(compareDatesOfBirth('1979-03-07', '1984-03-07')).toBe('different');
    expect(compareDatesOfBirth('1984-05-19', '1984-03-07')).toBe('different');
  });
});

describe('scoring a person on record against a query', () => {
  it('scores the same name and date of birth near 1', () => {
    const r = score({ forename: 'John', surname: 'Smith', dateOfBirth: '1984-03-07' }, johnSmith);
    expect(r.score).toBeGreaterThan(0.95);
    expect(r.reasons).toEqual(['same date of birth', 'same name']);
  });

  it('says a name is similar in the issue’s words, with why', () => {
    const r = score({ forename: 'Jon', surname: 'Smyth', dateOfBirth: '1984-03-07' }, johnSmith);
    expect(r.score).toBeGreaterThan(0.9);
    expect(r.reasons).toContain('same date of birth');
    expect(r.reasons.some((x) => /^name 0\.\d\d similar$/.test(x))).toBe(true);
    expect(r.reasons).toContain('forename is another form of the same name (Jon/John)');
    expect(r.reasons).toContain('surname sounds the same (Smyth/Smith)');
  });

  it('recognises a date of birth with day and month swapped', () => {
    const r = score({ forename: 'John', surname: 'Smith', dateOfBirth: '1984-07-03' }, johnSmith);
    expect(r.reasons).toContain('date of birth with day and month swapped');
    expect(r.score).toBeGreaterThan(0.8);
  });

  it('counts a missing date of birth as neither for nor against', () => {
    const noDob = score({ forename: 'John', surname: 'Smith' }, johnSmith).score;
    const recordWithout = score(
      { forename: 'John', surname: 'Smith', dateOfBirth: '1990-01-01' },
      { ...johnSmith, dateOfBirth: null },
    ).score;
    expect(noDob).toBeCloseTo(recordWithout, 10);
    expect(noDob).toBeGreaterThan(MIN_SCORE);
    expect(score({ forename: 'John', surname: 'Smith', dateOfBirth: '1960-11-30' }, johnSmith).score).toBeLessThan(MIN_SCORE);
  });

  it('matches a phone number written another way on its own', () => {
    const r = score({ phone: '+44 (0)7700 900 123' }, johnSmith);
    expect(r.reasons).toEqual(['same phone number']);
    expect(r.score).toBeGreaterThan(MIN_SCORE);
  });

  it('matches postcode and surname, and says so', () => {
    const r = score({ surname: 'smith', postcode: 'le27qt' }, johnSmith);
    expect(r.reasons).toEqual(['same surname', 'same postcode']);
    expect(r.score).toBeGreaterThan(MIN_SCORE);
  });

  it('knows the same street and the same address', () => {
    expect(score({ forename: 'John', surname: 'Smith', address: '14 Station Rd' }, johnSmith).reasons).toContain('same address');
    expect(score({ forename: 'John', surname: 'Smith', address: 'Station Road, Leicester' }, johnSmith).reasons).toContain('same street');
  });

  it('matches either part of a hyphenated or double-barrelled surname', () => {
    const record = person({ forename: 'Jennifer', surname: 'Smith-Jones', dateOfBirth: '1999-03-23' });
    for (const surname of ['Jones', 'Smith', 'Smith Jones']) {
      const r = score({ forename: 'Jennifer', surname, dateOfBirth: '1999-03-23' }, record);
      expect(r.score, surname).toBeGreaterThan(0.9);
    }
    expect(score({ forename: 'Jennifer', surname: 'Jones', dateOfBirth: '1999-03-23' }, record).reasons).toContain(
      'surname has a part in common (Jones/Smith-Jones)',
    );
  });

  it('recognises forename and surname the other way round', () => {
    const record = person({ forename: 'Imran', surname: 'Hussain', dateOfBirth: '1979-02-11' });
    const r = score({ forename: 'Hussain', surname: 'Imran', dateOfBirth: '1979-02-11' }, record);
    expect(r.reasons).toContain('forename and surname the other way round');
    expect(r.score).toBeGreaterThan(0.9);
  });

  it('treats Mohammed, Muhammad and Mohamed as one name', () => {
    const record = person({ forename: 'Muhammad', surname: 'Hussein', dateOfBirth: '1990-05-05' });
    const r = score({ forename: 'Mohammed', surname: 'Hussain', dateOfBirth: '1990-05-05' }, record);
    expect(r.reasons).toContain('forename is another form of the same name (Mohammed/Muhammad)');
    expect(r.score).toBeGreaterThan(0.9);
  });

  it('does not let a shared Singh or Kaur outweigh a different forename', () => {
    const record = person({ forename: 'Jaspreet', surname: 'Kaur', dateOfBirth: '1976-09-03' });
    const other = person({ forename: 'Manjit', surname: 'Kaur', dateOfBirth: '1976-09-03' });
    const query = { forename: 'Jaspret', surname: 'Kaur', dateOfBirth: '1976-09-03' };
    expect(score(query, record).score).toBeGreaterThan(score(query, other).score + 0.3);
    expect(score({ forename: 'Manjit', surname: 'Kaur' }, record).score).toBeLessThan(MIN_SCORE);
  });

  it('matches a Sikh name recorded with or without Kaur or Singh', () => {
    const record = person({ forename: 'Navdeep', surname: 'Kaur Grewal', dateOfBirth: '1945-06-22' });
    const r = score({ forename: 'Navdeep', surname: 'Grewal', dateOfBirth: '1945-06-22' }, record);
    expect(r.reasons).toContain('surname matches without Singh, Kaur or Begum (Grewal/Kaur Grewal)');
    expect(r.score).toBeGreaterThan(0.9);
  });

  it('matches the masculine and feminine forms of a Polish surname, with or without diacritics', () => {
    const record = person({ forename: 'Marta', surname: 'Wiśniewska', dateOfBirth: '2001-09-20' });
    const r = score({ forename: 'Marta', surname: 'Wisniewski', dateOfBirth: '2001-09-20' }, record);
    expect(r.reasons).toContain('surname is the same family name with a different ending (Wisniewski/Wiśniewska)');
    expect(r.score).toBeGreaterThan(0.9);
    expect(
      score(
        { forename: 'Jana', surname: 'Novák', dateOfBirth: '1942-11-16' },
        person({ forename: 'Jana', surname: 'Nováková', dateOfBirth: '1942-11-16' }),
      ).score,
    ).toBeGreaterThan(0.9);
  });

  it('matches a transliterated or diminutive Eastern European forename', () => {
    const record = person({ forename: 'Oleksandr', surname: 'Shevchenko', dateOfBirth: '1988-02-02' });
    expect(score({ forename: 'Sasha', surname: 'Shevchenko', dateOfBirth: '1988-02-02' }, record).score).toBeGreaterThan(0.9);
    expect(score({ forename: 'Aleksandr', surname: 'Shevchenko', dateOfBirth: '1988-02-02' }, record).score).toBeGreaterThan(0.9);
  });

  it('forgives a typo in a short name', () => {
    const record = person({ forename: 'Priya', surname: 'Mehta', dateOfBirth: '1984-12-15' });
    const r = score({ forename: 'Pirya', surname: 'Metha', dateOfBirth: '1984-12-15' }, record);
    expect(r.reasons).toContain('forename spelt slightly differently (Pirya/Priya)');
    expect(r.score).toBeGreaterThan(0.8);
  });

  it('keeps a different person with a similar name below the threshold', () => {
    const r = score({ forename: 'Joan', surname: 'Smithson', dateOfBirth: '1950-01-01' }, johnSmith);
    expect(r.score).toBeLessThan(MIN_SCORE);
  });
});
