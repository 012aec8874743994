import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aUser, orgId } from '../../../test/builders.js';
import type { DbHandle } from '../../db/client.js';
import { insertPerson, type NewPerson } from '../../db/repositories/people.js';
import type { Actor } from '../../domain/access/roles.js';
import { PersonSearchError, searchPeople, type PersonQuery } from './search-people.js';

/** One example per variant the issue names; each query should put its person first. */
const PEOPLE: Record<string, NewPerson & { org?: string }> = {
  john: {
    forename: 'John',
    surname: 'Smith',
    dateOfBirth: '1984-03-07',
    phone: '07700 900123',
    postcode: 'LE2 7QT',
    address: '14 Station Road, Leicester',
  },
  james: { forename: 'James', surname: 'Smith', dateOfBirth: '1986-11-21', postcode: 'LE2 7QT', address: '14 Station Road, Leicester' },
  william: { forename: 'William', surname: 'Thompson', dateOfBirth: '1961-04-30' },
  jennifer: { forename: 'Jennifer', surname: 'Smith-Jones', dateOfBirth: '1999-03-23', org: 'Leicester City Council' },
  hugo: { forename: 'Hugo', surname: 'Fitzwilliam Hart', dateOfBirth: '1972-06-14' },
  imran: { forename: 'Imran', surname: 'Hussain', dateOfBirth: '1979-02-11', postcode: 'LE5 3AB' },
  muhammad: { forename: 'Muhammad', surname: 'Khan', dateOfBirth: '1990-05-05', org: 'Blaby District Council' },
  mohammedOther: { forename: 'Mohammed', surname: 'Khan', dateOfBirth: '1971-12-01' },
  jaspreet: { forename: 'Jaspreet', surname: 'Kaur', dateOfBirth: '1976-09-03' },
  manjit: { forename: 'Manjit', surname: 'Kaur', dateOfBirth: '1976-09-03' },
  navdeep: { forename: 'Navdeep', surname: 'Kaur Grewal', dateOfBirth: '1945-06-22' },
  marta: { forename: 'Marta', surname: 'Kowalska', dateOfBirth: '2001-09-20' },
  lukasz: { forename: 'Łukasz', surname: 'Wiśniewski', dateOfBirth: '1988-01-15' },
  oleksandr: { forename: 'Oleksandr', surname: 'Shevchenko', dateOfBirth: '1993-08-08' },
  ruta: { forename: 'Rūta', surname: 'Kazlauskienė', dateOfBirth: '1980-10-10', email: 'ruta.k@example.org' },
  priya: { forename: 'Priya', surname: 'Mehta', dateOfBirth: '1984-12-15' },
  nodob: { forename: 'Kwame', surname: 'Asante', dateOfBirth: null, postcode: 'LE4 6JP' },
};

const EXAMPLES: [string, PersonQuery, string, string?][] = [
  [
    'Jon/John and Smyth/Smith',
    { forename: 'Jon', surname: 'Smyth', dateOfBirth: '1984-03-07' },
    'john',
    'surname sounds the same (Smyth/Smith)',
  ],
  [
    'Bill/William',
    { forename: 'Bill', surname: 'Thompson', dateOfBirth: '1961-04-30' },
    'william',
    'forename is another form of the same name (Bill/William)',
  ],
  [
    'day and month swapped',
    { forename: 'John', surname: 'Smith', dateOfBirth: '1984-07-03' },
    'john',
    'date of birth with day and month swapped',
  ],
  [
    'missing date of birth, with the postcode',
    { forename: 'Kwame', surname: 'Asante', dateOfBirth: '1950-01-20', postcode: 'LE4 6JP' },
    'nodob',
    'same postcode',
  ],
  ['no date of birth given, with the street', { forename: 'John', surname: 'Smith', address: '14 Station Rd' }, 'john', 'same address'],
  [
    'one part of a hyphenated surname',
    { forename: 'Jennifer', surname: 'Jones', dateOfBirth: '1999-03-23' },
    'jennifer',
    'surname has a part in common (Jones/Smith-Jones)',
  ],
  ['a double-barrelled surname without its first part', { forename: 'Hugo', surname: 'Hart', dateOfBirth: '1972-06-14' }, 'hugo'],
  [
    'forename and surname the other way round',
    { forename: 'Hussain', surname: 'Imran', dateOfBirth: '1979-02-11' },
    'imran',
    'forename and surname the other way round',
  ],
  [
    'Mohammed/Muhammad',
    { forename: 'Mohammed', surname: 'Khan', dateOfBirth: '1990-05-05' },
    'muhammad',
    'forename is another form of the same name (Mohammed/Muhammad)',
  ],
  ['Kaur shared, forename decides', { forename: 'Jaspret', surname: 'Kaur', dateOfBirth: '1976-09-03' }, 'jaspreet'],
  [
    'Kaur left out',
    { forename: 'Navdeep', surname: 'Grewal', dateOfBirth: '1945-06-22' },
    'navdeep',
    'surname matches without Singh, Kaur or Begum (Grewal/Kaur Grewal)',
  ],
  [
    'Kowalski/Kowalska',
    { forename: 'Marta', surname: 'Kowalski', dateOfBirth: '2001-09-20' },
    'marta',
    'surname is the same family name with a different ending (Kowalski/Kowalska)',
  ],
  ['diacritics not typed', { forename: 'Lukasz', surname: 'Wisniewski', dateOfBirth: '1988-01-15' }, 'lukasz', 'same name'],
  ['transliterated forename', { forename: 'Aleksandr', surname: 'Shevchenko', dateOfBirth: '1993-08-08' }, 'oleksandr'],
  ['Lithuanian married name', { forename: 'Ruta', surname: 'Kazlauskas', dateOfBirth: '1980-10-10' }, 'ruta'],
  ['typos', { forename: 'Pirya', surname: 'Metha', dateOfBirth: '1984-12-15' }, 'priya'],
  ['phone only', { phone: '+44 (0)7700 900 123' }, 'john', 'same phone number'],
  ['email only', { email: 'Ruta.K@Example.org' }, 'ruta', 'same email address'],
  ['postcode and surname', { surname: 'Hussain', postcode: 'le53ab' }, 'imran', 'same postcode'],
];

describe('searching people already known to any partner', () => {
  let h: DbHandle;
  let actor: Actor;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await createTestDb();
    const user = await aUser(h.db, { roles: ['call_handler'] });
    actor = {
      kind: 'user',
      userId: user.id,
      apiTokenId: null,
      name: 'Test User',
      organisationId: user.organisationId,
      organisationName: 'Leicestershire Police',
      roles: ['call_handler'],
    };
    for (const [key, { org, ...person }] of Object.entries(PEOPLE)) {
      ids[key] = await insertPerson(h.db, { ...person, synthetic: true }, await orgId(h.db, org ?? 'Leicestershire Police'));
    }
  });
  afterAll(() => h.close());

  it.each(EXAMPLES)('finds the person first despite %s', async (_, query, key, reason) => {
    const [top] = await searchPeople(h.db, actor, query);
    expect(top?.personId).toBe(ids[key]);
    if (reason) expect(top?.reasons).toContain(reason);
  });

  it('returns each candidate with who recorded them, a score and reasons, best first', async () => {
    const found = await searchPeople(h.db, actor, { forename: 'Jennifer', surname: 'Smith Jones', dateOfBirth: '1999-03-23' });
    expect(found[0]).toEqual({
      personId: ids.jennifer,
      forename: 'Jennifer',
      surname: 'Smith-Jones',
      dateOfBirth: '1999-03-23',
      postcode: null,
      organisationName: 'Leicester City Council',
      score: expect.any(Number),
      reasons: ['same date of birth', 'same name'],
    });
    expect(found.map((c) => c.score)).toEqual([...found.map((c) => c.score)].sort((a, b) => b - a));
  });

  it('does not let a shared Kaur put someone else first, or at all when the forename differs', async () => {
    const found = await searchPeople(h.db, actor, { forename: 'Jaspreet', surname: 'Kaur' });
    expect(found.map((c) => c.personId)).toEqual([ids.jaspreet]);
  });

  it('tells namesakes apart by date of birth', async () => {
    const found = await searchPeople(h.db, actor, { forename: 'Mohammed', surname: 'Khan', dateOfBirth: '1971-12-01' });
    expect(found[0]?.personId).toBe(ids.mohammedOther);
    expect(found.find((c) => c.personId === ids.muhammad)?.reasons ?? ['different date of birth']).toContain('different date of birth');
  });

  it('keeps to the limit', async () => {
    expect(await searchPeople(h.db, actor, { surname: 'Smith', postcode: 'LE2 7QT' }, { limit: 1 })).toHaveLength(1);
  });

  it('audits which fields were searched on and how many candidates came back, never the values', async () => {
    await searchPeople(h.db, actor, { forename: 'Priya', surname: 'Mehta', dateOfBirth: '1984-12-15', phone: '' }, { ip: '203.0.113.9' });
    const row = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'person.search')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ user_id: actor.userId, organisation_id: actor.organisationId, outcome: 'success', ip: '203.0.113.9' });
    expect(row.detail).toEqual({ fields: ['forename', 'surname', 'dateOfBirth'], candidates: 1 });
    expect(JSON.stringify(row.detail)).not.toMatch(/Priya|Mehta|1984-12-15/);
  });

  it('needs a name, or a phone number, email address or postcode', async () => {
    const refused = (query: PersonQuery) => searchPeople(h.db, actor, query).catch((e: unknown) => e);
    for (const query of [{}, { dateOfBirth: '1984-03-07' }, { address: '14 Station Road' }, { forename: '  ', surname: "'" }]) {
      const error = await refused(query);
      expect(error).toBeInstanceOf(PersonSearchError);
      expect(error).toMatchObject({ field: 'surname', message: 'Enter a name, phone number, email address or postcode' });
    }
  });

  it('names the field that is not valid, in GOV.UK words', async () => {
    const refused = (query: PersonQuery) => searchPeople(h.db, actor, query).catch((e: unknown) => e);
    expect(await refused({ surname: 'Smith', phone: '12345' })).toMatchObject({ field: 'phone' });
    expect(await refused({ surname: 'Smith', email: 'smith-at-example' })).toMatchObject({
      field: 'email',
      message: 'Enter an email address in the correct format, like name@example.com',
    });
    expect(await refused({ surname: 'Smith', postcode: 'LE2' })).toMatchObject({ field: 'postcode', message: 'Enter a real postcode' });
    expect(await refused({ surname: 'Smith', dateOfBirth: '1984-02-30' })).toMatchObject({
      field: 'dateOfBirth',
      message: 'Date of birth must be a real date',
    });
  });
});
