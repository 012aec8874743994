/**
 * The labelled synthetic set for person matching (issue 3): a population of fictional people
 * and queries, each labelled with the person it is about or with null when that person is not
 * on record. Generated, not stored: `buildLabelledSet()` gives the same set on every machine
 * (seeded mulberry32). See README.md for what each variant means.
 */
import { createRandom, type Random } from '../../../src/services/demo/prng.js';
import type { PersonQuery } from '../../../src/domain/people/match.js';
import { POOLS, buildPopulation, stripDiacritics, type Person } from './population.js';
import { FORENAME_SPELLINGS, NICKNAMES, SURNAME_SPELLINGS, reformatPhone, reformatPostcode, swapDayMonth, typo } from './variants.js';

export type Variant =
  | 'exact' | 'nickname' | 'surname-spelling' | 'forename-spelling' | 'dob-swapped' | 'missing-dob' | 'hyphenated'
  | 'asian-order' | 'sikh-names' | 'eastern-european' | 'typo' | 'phone-only' | 'postcode-surname' | 'email-only'
  | 'surname-dob' | 'combined' | 'dob-typo' | 'none';

export interface LabelledQuery {
  id: string;
  variant: Variant;
  query: PersonQuery;
  /** The person the query is about, or null when they are not on record. */
  truth: string | null;
}

export interface LabelledSet {
  people: Person[];
  queries: LabelledQuery[];
}

/** Households in the default set (about 2,700 people). */
export const HOUSEHOLDS = 1100;

const norm = (s: string) => stripDiacritics(s).toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/** People with the same name but different dates of birth: the confusers a search must tell apart. */
function confusers(rng: Random): Person[] {
  const names = [
    ['Mohammed', 'Khan', 6, 'muslim'], ['Jaspreet', 'Kaur', 5, 'sikh'], ['John', 'Smith', 5, 'british'], ['Priya', 'Patel', 5, 'gujarati'],
    ['Harjit', 'Singh', 4, 'sikh'], ['Anna', 'Nowak', 3, 'polish'], ['Fatima', 'Begum', 4, 'muslim'], ['Sarah', 'Jones', 3, 'british'],
  ] as const;
  return names.flatMap(([forename, surname, n, group]) =>
    Array.from({ length: n }, () => ({
      id: rng.uuid(), forename, surname, group, female: !['Mohammed', 'John', 'Harjit'].includes(forename),
      dateOfBirth: `${rng.int(1950, 2005)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      phone: null, email: null, address: `${rng.int(1, 99)} ${rng.pick(['Grange', 'Mill', 'Chapel', 'Ivy'])} Road, Leicester`,
      postcode: `LE${rng.int(1, 5)} ${rng.int(1, 9)}${rng.pick(['AB', 'DF', 'GH', 'JL', 'NP'])}`,
    })),
  );
}

type Maker = (p: Person, rng: Random) => PersonQuery | null;

function makers(people: Person[]): [Variant, number, Maker][] {
  const count = (pred: (o: Person) => boolean) => people.filter(pred).length;
  const sameName = (p: Person) => count((o) => norm(o.forename) === norm(p.forename) && norm(o.surname) === norm(p.surname));
  const dobClash = (p: Person) => count((o) => o.dateOfBirth === p.dateOfBirth && norm(o.surname).split(' ').some((w) => norm(p.surname).split(' ').includes(w)));
  const withDob = (p: Person, q: PersonQuery): PersonQuery | null => (p.dateOfBirth && dobClash(p) === 1 ? { ...q, dateOfBirth: p.dateOfBirth } : null);
  /** What else the caller knows: usually the date of birth; sometimes only the postcode or street, or nothing; now and then a swapped date. */
  const identify = (p: Person, q: PersonQuery, rng: Random): PersonQuery | null => {
    const r = rng.next();
    const namesakeNearby = people.some((o) => o !== p && o.postcode === p.postcode && norm(o.forename)[0] === norm(p.forename)[0] && norm(o.surname) === norm(p.surname));
    if (r < 0.2 && p.postcode && !namesakeNearby) return { ...q, postcode: reformatPostcode(rng, p.postcode) };
    if (r < 0.27 && p.address && !namesakeNearby) return { ...q, address: p.address };
    if (r < 0.35 && sameName(p) === 1) return q;
    const [, m, d] = (p.dateOfBirth ?? '0-0-0').split('-').map(Number);
    const dated = withDob(p, q);
    return dated && r > 0.92 && d! <= 12 && d !== m ? { ...dated, dateOfBirth: swapDayMonth(p.dateOfBirth!) } : dated;
  };
  const lookup = (t: Map<string, string[]>, key: string, rng: Random) => {
    const options = t.get(key) ?? t.get(stripDiacritics(key));
    return options ? rng.pick(options) : null;
  };
  const SOUTH_ASIAN = ['gujarati', 'sikh', 'muslim'];
  const EASTERN = ['polish', 'lithuanian', 'czech', 'slavic', 'romanian'];
  const genderedPair = (p: Person) =>
    POOLS[p.group][2].map((s) => s.split('/')).find(([m, f]) => f && [f, stripDiacritics(f)].includes(p.surname) && m);
  const withDiacritics = (word: string, pool: string[]) => pool.flatMap((s) => s.split('/')).find((o) => o !== word && stripDiacritics(o) === word);
  return [
    ['exact', 30, (p) => withDob(p, { forename: p.forename, surname: p.surname })],
    ['nickname', 35, (p, rng) => {
      const nick = lookup(NICKNAMES, p.forename, rng);
      return nick ? identify(p, { forename: nick, surname: p.surname }, rng) : null;
    }],
    ['surname-spelling', 35, (p, rng) => {
      const other = lookup(SURNAME_SPELLINGS, p.surname, rng);
      return other ? identify(p, { forename: p.forename, surname: other }, rng) : null;
    }],
    ['forename-spelling', 30, (p, rng) => {
      const other = lookup(FORENAME_SPELLINGS, p.forename, rng);
      return other ? identify(p, { forename: other, surname: p.surname }, rng) : null;
    }],
    ['dob-swapped', 30, (p) => {
      const [, m, d] = (p.dateOfBirth ?? '0-0-0').split('-').map(Number);
      if (!p.dateOfBirth || d! > 12 || d === m || dobClash(p) > 1) return null;
      return { forename: p.forename, surname: p.surname, dateOfBirth: swapDayMonth(p.dateOfBirth) };
    }],
    ['missing-dob', 35, (p, rng) => {
      if (sameName(p) > 1) return null;
      if (!p.dateOfBirth) return { forename: p.forename, surname: p.surname, dateOfBirth: `19${rng.int(50, 99)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}` };
      if (p.postcode && rng.chance(0.7)) return { forename: p.forename, surname: p.surname, postcode: reformatPostcode(rng, p.postcode) };
      return p.address ? { forename: p.forename, surname: p.surname, address: p.address.replace(/^\d+ /, '').replace(' Road', ' Rd') } : null;
    }],
    ['hyphenated', 30, (p, rng) => {
      const parts = p.surname.split(/[- ]/);
      if (p.group === 'british' && parts.length === 2) {
        const surname = rng.pick([parts[0]!, parts[1]!, parts.join(' '), parts.join('-')].filter((s) => s !== p.surname));
        return identify(p, { forename: p.forename, surname }, rng);
      }
      if (p.group === 'british' && p.female && rng.chance(0.15)) {
        return identify(p, { forename: p.forename, surname: `${p.surname}-${rng.pick(POOLS.british[2])}` }, rng);
      }
      return null;
    }],
    ['asian-order', 25, (p, rng) => (SOUTH_ASIAN.includes(p.group) ? identify(p, { forename: p.surname, surname: p.forename }, rng) : null)],
    ['sikh-names', 25, (p, rng) => {
      if (p.group !== 'sikh') return null;
      const [first, rest] = [p.surname.split(' ')[0]!, p.surname.split(' ').slice(1).join(' ')];
      const religious = p.female ? 'Kaur' : 'Singh';
      if (rest) return identify(p, { forename: p.forename, surname: rng.chance(0.6) ? rest : first }, rng);
      if (first === religious) return identify(p, { forename: p.forename, surname: p.surname }, rng);
      return identify(p, { forename: p.forename, surname: `${religious} ${p.surname}` }, rng);
    }],
    ['eastern-european', 45, (p, rng) => {
      if (!EASTERN.includes(p.group)) return null;
      const [females, males] = POOLS[p.group];
      const pair = genderedPair(p);
      const accentedSurname = withDiacritics(p.surname, POOLS[p.group][2]);
      const accentedForename = withDiacritics(p.forename, [...females, ...males]);
      const options: PersonQuery[] = [
        ...(pair ? [{ forename: p.forename, surname: rng.chance(0.5) ? pair[0]! : stripDiacritics(pair[0]!) }] : []),
        ...(p.surname !== stripDiacritics(p.surname) ? [{ forename: stripDiacritics(p.forename), surname: stripDiacritics(p.surname) }] : []),
        ...(accentedSurname ? [{ forename: accentedForename ?? p.forename, surname: accentedSurname }] : []),
        ...[lookup(FORENAME_SPELLINGS, p.forename, rng), lookup(NICKNAMES, p.forename, rng)].filter((f): f is string => !!f).map((forename) => ({ forename, surname: p.surname })),
      ];
      return options.length ? identify(p, rng.pick(options), rng) : null;
    }],
    ['typo', 45, (p, rng) => {
      const where = rng.int(0, 2);
      const forename = where !== 1 ? typo(rng, p.forename) : p.forename;
      const surname = where !== 0 ? typo(rng, p.surname) : p.surname;
      if (forename === p.forename && surname === p.surname) return null;
      return identify(p, { forename, surname }, rng);
    }],
    ['phone-only', 25, (p, rng) => (p.phone && count((o) => o.phone === p.phone) === 1 ? { phone: reformatPhone(rng, p.phone) } : null)],
    ['postcode-surname', 25, (p, rng) => {
      if (!p.postcode || count((o) => o.postcode === p.postcode && norm(o.surname) === norm(p.surname)) > 1) return null;
      return { surname: p.surname, postcode: reformatPostcode(rng, p.postcode) };
    }],
    ['email-only', 10, (p) => (p.email ? { email: p.email.toUpperCase() } : null)],
    ['surname-dob', 15, (p) => withDob(p, { surname: p.surname })],
    ['dob-typo', 15, (p, rng) => {
      if (!p.dateOfBirth || dobClash(p) > 1) return null;
      const [y, m, d] = p.dateOfBirth.split('-');
      const digits = d!.split('');
      const dob = rng.chance(0.5) && y![2] !== y![3] ? `${y!.slice(0, 2)}${y![3]}${y![2]}-${m}-${d}` : `${y}-${m}-${digits[0] === '1' ? '2' : '1'}${digits[1]}`;
      const valid = !Number.isNaN(Date.parse(`${dob}T00:00:00Z`)) && new Date(`${dob}T00:00:00Z`).toISOString().startsWith(dob);
      return valid && dob !== p.dateOfBirth ? { forename: p.forename, surname: p.surname, dateOfBirth: dob } : null;
    }],
    ['combined', 30, (p, rng) => {
      const forename = lookup(NICKNAMES, p.forename, rng) ?? lookup(FORENAME_SPELLINGS, p.forename, rng) ?? typo(rng, p.forename);
      const surname = lookup(SURNAME_SPELLINGS, p.surname, rng) ?? typo(rng, p.surname);
      return forename === p.forename || surname === p.surname ? null : identify(p, { forename, surname }, rng);
    }],
  ];
}

/**
 * Queries about people not on record, in five kinds: someone new; a known name with another
 * date of birth; a relative of a known household who is not on record themselves; a known
 * common name at a postcode where nobody of that name lives; a phone number nobody has.
 */
function nobody(rng: Random, people: Person[], n: number): LabelledQuery[] {
  const out: LabelledQuery[] = [];
  const groups = Object.keys(POOLS) as (keyof typeof POOLS)[];
  const phones = new Set(people.map((p) => p.phone?.replace(/\D/g, '')));
  const named = (f: string, s: string) => people.filter((p) => norm(p.forename) === norm(f) && norm(p.surname) === norm(s));
  const common = people.filter((p) => named(p.forename, p.surname).length > 1);
  while (out.length < n) {
    const kind = out.length % 5;
    const dob = `${rng.int(1945, 2008)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(13, 28)).padStart(2, '0')}`;
    let query: PersonQuery | null = null;
    if (kind === 0 || kind === 1) {
      const known = kind === 1 ? rng.pick(people) : null;
      const forename = known?.forename ?? rng.pick(POOLS[rng.pick(groups)][rng.int(0, 1)]!);
      const surname = known?.surname ?? rng.pick(POOLS[rng.pick(groups)][2]).split('/')[0]!;
      const near = named(forename, surname).some((p) => !p.dateOfBirth || Math.abs(Number(p.dateOfBirth.slice(0, 4)) - Number(dob.slice(0, 4))) < 3);
      if (!near) query = { forename, surname, dateOfBirth: dob };
    } else if (kind === 2) {
      const member = rng.pick(people);
      const household = people.filter((p) => p.postcode && p.postcode === member.postcode && p.address === member.address);
      const forename = rng.pick(POOLS[member.group][rng.int(0, 1)]!);
      const clash = household.some((p) => norm(p.forename)[0] === norm(forename)[0] || p.dateOfBirth?.slice(0, 4) === dob.slice(0, 4));
      if (household.length && !clash) query = { forename, surname: member.surname, postcode: member.postcode!, dateOfBirth: dob };
    } else if (kind === 3) {
      const namesake = rng.pick(common);
      const elsewhere = rng.pick(people).postcode;
      if (elsewhere && !people.some((p) => p.postcode === elsewhere && norm(p.surname) === norm(namesake.surname))) {
        query = { forename: namesake.forename, surname: namesake.surname, postcode: elsewhere };
      }
    } else {
      const phone = `07700 900${String(rng.int(0, 999)).padStart(3, '0')}`;
      if (!phones.has(phone.replace(/\D/g, ''))) query = { phone };
    }
    if (query) out.push({ id: `none-${String(out.length + 1).padStart(2, '0')}`, variant: 'none', truth: null, query });
  }
  return out;
}

/** The set: about 2,700 people and 545 queries (470 about someone on record, 75 about nobody). */
export function buildLabelledSet(seed = 0x5eed_0003, households = HOUSEHOLDS): LabelledSet {
  const rng = createRandom(seed);
  const people = [...buildPopulation(rng, households), ...confusers(rng)];
  const queries: LabelledQuery[] = [];
  for (const [variant, n, make] of makers(people)) {
    const used = new Set<string>();
    for (let tries = 0; used.size < n && tries < 20_000; tries++) {
      const p = rng.pick(people);
      if (used.has(p.id)) continue;
      const query = make(p, rng);
      if (!query) continue;
      used.add(p.id);
      queries.push({ id: `${variant}-${String(used.size).padStart(2, '0')}`, variant, query, truth: p.id });
    }
  }
  queries.push(...nobody(rng, people, 75));
  return { people, queries };
}
