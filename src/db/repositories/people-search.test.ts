import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { orgId } from '../../../test/builders.js';
import type { DbHandle } from '../client.js';
import { prepareQuery, type PersonQuery } from '../../domain/people/match.js';
import { trigramSimilarity } from '../../domain/people/similarity.js';
import { insertPerson, personInsertValues, type NewPerson } from './people.js';
import { candidateQuery, datesOfBirthToTry, findCandidates, searchPersonCandidates, withPlannerSettings } from './people-search.js';

describe('searching people across every partner', () => {
  let h: DbHandle;
  const ids: Record<string, string> = {};
  const add = async (key: string, person: NewPerson, org = 'Leicestershire Police') => {
    ids[key] = await insertPerson(h.db, { ...person, synthetic: true }, await orgId(h.db, org));
  };
  const search = (query: PersonQuery) => searchPersonCandidates(h.db, prepareQuery(query));

  beforeAll(async () => {
    h = await createTestDb();
    await add('john', { forename: 'John', surname: 'Smith', dateOfBirth: '1984-03-07', phone: '07700 900123', postcode: 'LE2 7QT' });
    await add('james', { forename: 'James', surname: 'Smith', dateOfBirth: '1986-11-21', postcode: 'LE2 7QT' });
    await add(
      'agnieszka',
      { forename: 'Agnieszka', surname: 'Wiśniewska', dateOfBirth: '1979-10-02', email: 'a.w@example.org' },
      'Leicester City Council',
    );
    await add('imran', { forename: 'Imran', surname: 'Hussain', dateOfBirth: '1990-05-05' }, 'Blaby District Council');
    await add('priya', { forename: 'Patel', surname: 'Priya', dateOfBirth: '1993-08-14' }, 'Charnwood Borough Council');
    await add('edward', { forename: 'Edward', surname: 'Stephenson-Hughes', postcode: 'LE13 8JH' });
    // Enough other people for the planner to prefer the indexes, as it does at scale.
    const police = await orgId(h.db, 'Leicestershire Police');
    const syllables = ['ka', 'lo', 'mi', 'ter', 'vin', 'sa', 'bro', 'del', 'fen', 'gar', 'hol', 'rin'];
    const word = (i: number, salt: number) => [0, 1, 2].map((k) => syllables[(i * (k + salt) + k * 7) % syllables.length]).join('');
    const others = Array.from({ length: 3000 }, (_, i) =>
      personInsertValues(
        {
          forename: word(i, 1),
          surname: `${word(i, 5)}${i % 97}`,
          dateOfBirth: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
          synthetic: true,
        },
        police,
      ),
    );
    for (let i = 0; i < others.length; i += 500)
      await h.db
        .insertInto('people')
        .values(others.slice(i, i + 500))
        .execute();
    await sql`ANALYZE people`.execute(h.db);
  });
  afterAll(() => h.close());

  it('computes trigram similarity exactly as this engine’s pg_trgm does', async () => {
    const word = fc.stringMatching(/^[a-z]{1,9}( [a-z]{1,9}){0,2}$/);
    const pairs = fc.sample(fc.tuple(word, word), { numRuns: 300, seed: 42 });
    pairs.push(['bill smith', 'william smith'], ['jon smyth', 'john smith'], ['khan imran', 'imran khan'], ['a', 'a b']);
    const { rows } = await sql<{ a: string; b: string; s: number }>`
      SELECT a, b, similarity(a, b) AS s FROM unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) AS t(a, b)`.execute(
      h.db,
    );
    expect(rows).toHaveLength(pairs.length);
    for (const r of rows) expect(trigramSimilarity(r.a, r.b), `${r.a} / ${r.b}`).toBeCloseTo(Number(r.s), 5);
  });

  it('finds people recorded by any partner, each with the organisation that recorded them', async () => {
    const [top] = await search({ forename: 'Agnieszka', surname: 'Wisniewski', dateOfBirth: '1979-10-02' });
    expect(top).toMatchObject({ personId: ids.agnieszka, organisationName: 'Leicester City Council', dateOfBirth: '1979-10-02' });
    expect(top!.score).toBeGreaterThan(0.9);
  });

  it('finds a person by phone, email or postcode alone', async () => {
    expect((await search({ phone: '+44 7700 900 123' }))[0]?.personId).toBe(ids.john);
    expect((await search({ email: 'A.W@example.ORG' }))[0]?.personId).toBe(ids.agnieszka);
    const atPostcode = await search({ surname: 'Smith', postcode: 'le27qt' });
    expect(atPostcode.map((c) => c.personId).sort()).toEqual([ids.john, ids.james].sort());
  });

  it('finds a date of birth with day and month swapped, and a name sounding the same', async () => {
    const [top] = await search({ forename: 'Jon', surname: 'Smyth', dateOfBirth: '1984-07-03' });
    expect(top?.personId).toBe(ids.john);
    expect(top?.reasons).toContain('date of birth with day and month swapped');
    expect(top?.reasons).toContain('surname sounds the same (Smyth/Smith)');
  });

  it('finds a forename given alone, as weak evidence shown only below the usual threshold', async () => {
    const [top] = await searchPersonCandidates(h.db, prepareQuery({ forename: 'Agnieszka' }), { minScore: 0 });
    expect(top?.personId).toBe(ids.agnieszka);
    expect(await search({ forename: 'Agnieszka' })).toEqual([]);
  });

  it('finds forename and surname the other way round', async () => {
    const [top] = await search({ forename: 'Hussain', surname: 'Imran' });
    expect(top?.personId).toBe(ids.imran);
    expect(top?.reasons).toContain('forename and surname the other way round');
  });

  it('with a very common surname, still finds the names the other way round and one part of a double-barrelled surname', async () => {
    // Patel and Hughes are very common (common-surnames.ts): the whole-name trigram branch is
    // skipped, and the surname branches must find these without a date of birth.
    const [swapped] = await searchPersonCandidates(h.db, prepareQuery({ forename: 'Priya', surname: 'Patel' }), { minScore: 0 });
    expect(swapped?.personId).toBe(ids.priya);
    expect(swapped?.reasons).toContain('forename and surname the other way round');
    const [part] = await searchPersonCandidates(h.db, prepareQuery({ forename: 'Edward', surname: 'Hughes' }), { minScore: 0 });
    expect(part?.personId).toBe(ids.edward);
  });

  it('returns nothing below the threshold, and at most `limit`', async () => {
    expect(await search({ forename: 'Zebedee', surname: 'Quartermaine', dateOfBirth: '2001-01-01' })).toEqual([]);
    const all = await searchPersonCandidates(h.db, prepareQuery({ surname: 'Smith' }), { minScore: 0, limit: 1 });
    expect(all).toHaveLength(1);
  });

  it('returns nothing without touching the database when there is nothing to search on', async () => {
    expect(candidateQuery(prepareQuery({ dateOfBirth: '' }))).toBeNull();
    expect(await findCandidates(h.db, prepareQuery({ address: '1 High Street' }))).toEqual({ rows: [], queryCodes: new Map() });
  });

  it('puts the caller’s planner settings back inside the caller’s transaction', async () => {
    await h.db.transaction().execute(async (trx) => {
      await searchPersonCandidates(trx, prepareQuery({ forename: 'John', surname: 'Smith' }));
      const { rows } = await sql<{ seqscan: string }>`SELECT current_setting('enable_seqscan') AS seqscan`.execute(trx);
      expect(rows[0]?.seqscan).toBe('on');
    });
  });

  it('uses the indexes rather than reading every person', async () => {
    const plan = async (q: PersonQuery) => {
      const query = candidateQuery(prepareQuery(q))!;
      const rows = await withPlannerSettings(h.db, async (trx) => (await sql<Record<string, string>>`EXPLAIN ${query}`.execute(trx)).rows);
      return rows.map((r) => Object.values(r)[0]).join('\n');
    };
    const full = await plan({
      forename: 'John',
      surname: 'Dapplegate',
      dateOfBirth: '1984-03-07',
      phone: '07700900123',
      postcode: 'LE2 7QT',
      email: 'x@example.org',
    });
    expect(full).not.toMatch(/Seq Scan on people/);
    for (const index of ['people_name_trgm_idx', 'people_dob_idx', 'people_phone_idx', 'people_postcode_idx', 'people_email_idx'])
      expect(full).toContain(index);
    // The surname branch: the initial's trigram index (people_surname_trgm_j_idx) or the
    // (code, initial) index, as the planner prices them on this small table.
    expect(full).toMatch(/people_surname_(trgm_j|code_initial)_idx/);
    // A very common surname: no whole-name branch, the surname branches by index.
    const common = await plan({ forename: 'Bill', surname: 'Smith' });
    expect(common).not.toMatch(/Seq Scan on people|people_name_trgm_idx/);
    expect(common).toMatch(/people_surname_(trgm_[bws]|code_initial)_idx/);
    expect(await plan({ surname: 'Smith' })).not.toMatch(/Seq Scan on people/);
    // Beside a date of birth, a very common surname alone is left to the date-of-birth branch.
    expect(await plan({ surname: 'Smith', dateOfBirth: '1984-03-07' })).not.toMatch(/people_surname_/);
  });

  it('looks up the date of birth, day and month swapped, and a year either side, only when real', () => {
    expect(datesOfBirthToTry('1984-03-07')).toEqual(['1984-03-07', '1984-07-03', '1983-03-07', '1985-03-07']);
    expect(datesOfBirthToTry('1984-03-03')).toEqual(['1984-03-03', '1983-03-03', '1985-03-03']);
    expect(datesOfBirthToTry('1984-02-29')).toEqual(['1984-02-29']);
    expect(datesOfBirthToTry('1984-03-25')).toEqual(['1984-03-25', '1983-03-25', '1985-03-25']);
  });
});
