/**
 * How likely a person already on record is the person being asked about: a score in 0..1 and
 * the reasons in staff's words ("same date of birth", "name 0.82 similar", "same street"). Pure.
 *
 * The model is Fellegi–Sunter record linkage (Fellegi and Sunter, 1969) in its simplest form:
 * each field that both sides have adds points when it agrees and takes points away when it
 * disagrees (log-odds), a field either side lacks adds nothing, and the total is mapped through
 * the logistic function: score = 1 / (1 + e^−(points − bias)). Names agree by degrees (a level
 * in 0..1 from name-compare.ts) and score linearly between −mismatch and +weight. The weights
 * were tuned on the labelled synthetic set in test/data/person-matching (see its README).
 */
import { compareNames, type Agreement, type NamePart, type PhoneticCode, type PhoneticCodes } from './name-compare.js';
import { addressParts, emailKey, forenameKey, nameKey, phoneKey, postcodeKey, surnameKey } from './normalise.js';
import { trigramSimilarity } from './similarity.js';

export type { PhoneticCode, PhoneticCodes };

/** What staff know about the person they are asked about; every field optional. */
export interface PersonQuery {
  forename?: string | undefined;
  surname?: string | undefined;
  /** YYYY-MM-DD. */
  dateOfBirth?: string | undefined;
  postcode?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  /** Free text; only the street and house number are compared. */
  address?: string | undefined;
}

/** A query normalised once, for scoring many candidates. */
export interface PreparedQuery {
  forename: NamePart | null;
  surname: NamePart | null;
  nameKey: string | null;
  dateOfBirth: string | null;
  phoneKey: string | null;
  postcodeKey: string | null;
  emailKey: string | null;
  address: { number: string | null; street: string } | null;
}

/** A person on record, as the candidate search reads them. */
export interface CandidateRecord {
  forename: string;
  surname: string;
  /** YYYY-MM-DD or null. */
  dateOfBirth: string | null;
  phoneKey: string | null;
  postcodeKey: string | null;
  emailKey: string | null;
  address: string | null;
  /** Double Metaphone codes (fuzzystrmatch) of the words of the normalised name; may be partial. */
  codes?: PhoneticCodes | undefined;
}

/**
 * Points (log-odds units) per field. Set by hand from rough agreement odds, then a grid search
 * over the postcode, address, common-surname, name and date-of-birth weights on the labelled
 * set generated with seed 7, checked on the default seed (test/data/person-matching/README.md).
 * The order of candidates hardly moved; the grid mostly traded likely-match recall for precision.
 * What they give (score = logistic(points − bias)):
 *   same name and date of birth           2.5 + 3.5 + 4      = 10    → 0.99
 *   same name only, uncommon surname      2.5 + 3.5          = 6     → 0.73
 *   same name only, common surname        2.5 + 3.5 × 0.5    = 4.25  → 0.32
 *   same surname and postcode             3.5 + 3            = 6.5   → 0.82
 *   same phone only                       5                          → 0.50
 *   same name, different date of birth    6 − 3              = 3     → 0.12 (not shown)
 */
export const WEIGHTS = Object.freeze({
  forename: 2.5,
  forenameMismatch: 1.5,
  surname: 3.5,
  surnameMismatch: 2.0,
  /** Agreement on a very common surname (Singh, Kaur, Patel, Khan, Smith…) counts this much of it. */
  commonSurnameFactor: 0.5,
  /** Forename and surname recorded the other way round. */
  swappedNames: 0.5,
  dateOfBirth: 4.0,
  dateOfBirthDayMonthSwapped: 2.5,
  dateOfBirthYearApart: 2.0,
  dateOfBirthOneDigit: 1.0,
  dateOfBirthMismatch: 3.0,
  phone: 5.0,
  phoneMismatch: 0.3,
  email: 5.0,
  emailMismatch: 0.3,
  postcode: 3.0,
  /** People move: a different postcode is weak evidence against. */
  postcodeMismatch: 1.0,
  /** Same house number and street (else same street only). */
  address: 3.0,
  street: 1.5,
  bias: 5.0,
});

export type Weights = { readonly [K in keyof typeof WEIGHTS]: number };

/** Candidates scoring below this are not shown (default of the search). */
export const MIN_SCORE = 0.2;

/**
 * A best candidate at or above this is very probably the person asked about (on the labelled
 * set no query's top candidate at this level was the wrong person); below it, staff must look.
 * E.g. same name and date of birth, or a forename variant with the same surname and postcode.
 */
export const LIKELY_MATCH = 0.8;

/** Normalises a query's fields into keys. Invalid phone, email or postcode become null. */
export function prepareQuery(q: PersonQuery): PreparedQuery {
  const fk = forenameKey(q.forename);
  const sk = surnameKey(q.surname);
  const dob = q.dateOfBirth?.trim();
  return {
    forename: fk ? { key: fk, display: q.forename!.trim() } : null,
    surname: sk ? { key: sk, display: q.surname!.trim() } : null,
    nameKey: nameKey(q.forename, q.surname),
    dateOfBirth: dob && /^\d{4}-\d{2}-\d{2}$/.test(dob) ? dob : null,
    phoneKey: phoneKey(q.phone),
    postcodeKey: postcodeKey(q.postcode),
    emailKey: emailKey(q.email),
    address: addressParts(q.address),
  };
}

type DateAgreement = 'same' | 'swapped' | 'yearApart' | 'oneDigit' | 'different';

/** Compares two YYYY-MM-DD dates of birth. */
export function compareDatesOfBirth(a: string, b: string): DateAgreement {
  if (a === b) return 'same';
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  if (ay === by && am === bd && ad === bm) return 'swapped';
  if (am === bm && ad === bd && Math.abs(ay - by) === 1) return 'yearApart';
  // A slip of the keyboard: one digit wrong (1984-03-17 for 1984-03-07) or the last two digits
  // of the year the other way round (1948 for 1984).
  const diff = [...a].filter((ch, i) => ch !== b[i]).length;
  if (diff === 1 || (am === bm && ad === bd && a[2] === b[3] && a[3] === b[2])) return 'oneDigit';
  return 'different';
}

const lerp = (low: number, high: number, level: number) => low + (high - low) * level;

interface NameScore {
  points: number;
  reasons: string[];
}

function nameScore(w: Weights, forename: Agreement | null, surname: Agreement | null): number {
  const f = forename ? lerp(-w.forenameMismatch, w.forename, forename.level) : 0;
  const sWeight = surname?.common ? w.surname * w.commonSurnameFactor : w.surname;
  const s = surname ? lerp(-w.surnameMismatch, sWeight, surname.level) : 0;
  return f + s;
}

/** Name evidence, trying the recorded order and forename and surname the other way round. */
function compareWholeName(w: Weights, q: PreparedQuery, c: CandidateRecord, codes: PhoneticCodes | undefined): NameScore {
  if (!q.forename && !q.surname) return { points: 0, reasons: [] };
  const cf: NamePart = { key: forenameKey(c.forename) ?? '', codes: c.codes, display: c.forename };
  const cs: NamePart = { key: surnameKey(c.surname) ?? '', codes: c.codes, display: c.surname };
  const qf = q.forename && { ...q.forename, codes };
  const qs = q.surname && { ...q.surname, codes };
  const straight = [qf ? compareNames(qf, cf, 'forename') : null, qs ? compareNames(qs, cs, 'surname') : null] as const;
  const crossed = [qf ? compareNames(qf, cs, 'surname') : null, qs ? compareNames(qs, cf, 'forename') : null] as const;
  const straightPoints = nameScore(w, ...straight);
  const crossedPoints = qf && qs ? nameScore(w, crossed[1], crossed[0]) - w.swappedNames : -Infinity;
  const swapped = crossedPoints > straightPoints;
  const [fa, sa] = swapped ? crossed : straight;
  const reasons: string[] = [];
  if (!swapped && fa?.level === 1 && sa?.level === 1) {
    reasons.push('same name');
  } else {
    const similar = qf && qs ? trigramSimilarity(q.nameKey ?? '', nameKey(c.forename, c.surname) ?? '') : 0;
    if (similar >= 0.3) reasons.push(`name ${similar.toFixed(2)} similar`);
    if (swapped) reasons.push('forename and surname the other way round');
    for (const a of [fa, sa]) if (a?.reason) reasons.push(a.reason);
  }
  return { points: swapped ? crossedPoints : straightPoints, reasons };
}

/**
 * Scores one candidate against a prepared query.
 * @param codes the Double Metaphone codes of the query's name words; without them (or the
 *   candidate's) names are compared without the "sounds the same" rule.
 * @returns score in 0..1 (logistic of the points) and the reasons, strongest evidence first.
 */
export function scoreCandidate(
  q: PreparedQuery,
  c: CandidateRecord,
  codes?: PhoneticCodes,
  w: Weights = WEIGHTS,
): { score: number; reasons: string[] } {
  let points = 0;
  const reasons: string[] = [];
  const agree = (ours: string | null, theirs: string | null, plus: number, minus: number, reason: string) => {
    if (!ours || !theirs) return;
    if (ours === theirs) {
      points += plus;
      reasons.push(reason);
    } else points -= minus;
  };
  agree(q.phoneKey, c.phoneKey, w.phone, w.phoneMismatch, 'same phone number');
  agree(q.emailKey, c.emailKey, w.email, w.emailMismatch, 'same email address');

  if (q.dateOfBirth && c.dateOfBirth) {
    const dob = compareDatesOfBirth(q.dateOfBirth, c.dateOfBirth);
    points += {
      same: w.dateOfBirth,
      swapped: w.dateOfBirthDayMonthSwapped,
      yearApart: w.dateOfBirthYearApart,
      oneDigit: w.dateOfBirthOneDigit,
      different: -w.dateOfBirthMismatch,
    }[dob];
    reasons.push(
      {
        same: 'same date of birth',
        swapped: 'date of birth with day and month swapped',
        yearApart: 'date of birth a year apart (same day and month)',
        oneDigit: 'date of birth one digit different',
        different: 'different date of birth',
      }[dob],
    );
  }

  const name = compareWholeName(w, q, c, codes);
  points += name.points;
  reasons.push(...name.reasons);

  agree(q.postcodeKey, c.postcodeKey, w.postcode, w.postcodeMismatch, 'same postcode');
  const theirs = q.address ? addressParts(c.address) : null;
  if (q.address && theirs && q.address.street === theirs.street) {
    const sameHouse = !!q.address.number && q.address.number === theirs.number;
    points += sameHouse ? w.address : w.street;
    reasons.push(sameHouse ? 'same address' : 'same street');
  }
  return { score: 1 / (1 + Math.exp(-(points - w.bias))), reasons };
}
