/**
 * Writing people. Every insert goes through `personInsertValues`, so the matching keys of
 * migration 002 (name_key, surname_key, phone_key, postcode_key, email_key) are always set by
 * the one rule in domain/people/normalise.ts and the person can be found by the search.
 */
import type { Insertable } from 'kysely';
import { emailKey, formatPostcode, personKeys } from '../../domain/people/normalise.js';
import type { PeopleTable } from '../schema.js';
import type { Executor } from './audit-log.js';

/** A person as staff or another system give them. Blank strings count as not given. */
export interface NewPerson {
  forename: string;
  surname: string;
  /** YYYY-MM-DD. */
  dateOfBirth?: string | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  address?: string | null | undefined;
  postcode?: string | null | undefined;
  /** Test and demo data only. */
  synthetic?: boolean | undefined;
}

const given = (s: string | null | undefined): string | null => (s && s.trim() !== '' ? s.trim() : null);

/**
 * The `people` row for `input`, recorded by `organisationId`, with its matching keys.
 * Names, phone and address are kept as given (trimmed); the postcode is written "LE1 1AA"
 * when it has a postcode's shape and the email in lower case when it looks like one.
 * Validation (GOV.UK messages) is the caller's job; this never throws.
 */
export function personInsertValues(input: NewPerson, organisationId: string): Insertable<PeopleTable> {
  const postcode = given(input.postcode);
  const email = given(input.email);
  return {
    forename: input.forename.trim(),
    surname: input.surname.trim(),
    date_of_birth: given(input.dateOfBirth),
    organisation_id: organisationId,
    phone: given(input.phone),
    email: email ? (emailKey(email) ?? email) : null,
    address: given(input.address),
    postcode: postcode ? formatPostcode(postcode) : null,
    ...(input.synthetic ? { synthetic: true } : {}),
    ...personKeys({ forename: input.forename, surname: input.surname, phone: input.phone, email: input.email, postcode: input.postcode }),
  };
}

/** Inserts one person (in the caller's transaction). @returns the new person's id. */
export async function insertPerson(db: Executor, input: NewPerson, organisationId: string): Promise<string> {
  const row = await db.insertInto('people').values(personInsertValues(input, organisationId)).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts people rows as given (bulk seeding; build each with `personInsertValues`). */
export async function insertPeopleRows(db: Executor, rows: readonly Insertable<PeopleTable>[]): Promise<void> {
  await db
    .insertInto('people')
    .values([...rows])
    .execute();
}

/**
 * Which of `ids` are people's ids, across all partners: an existence check for ids another
 * system sends (what a person may see is not read). Unordered.
 */
export async function existingPersonIds(db: Executor, ids: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.id);
}
