/**
 * Searches people already known to any partner (issue 3, "Who is reporting"), tolerating
 * misspellings and variants, and audits the search. The result spans every agency's records:
 * callers decide what detail to show to whom. The audit record says which fields were searched
 * on and how many candidates came back, never the values.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { searchPersonCandidates, type PersonCandidate } from '../../db/repositories/people-search.js';
import type { Actor } from '../../domain/access/roles.js';
import { prepareQuery, type PersonQuery } from '../../domain/people/match.js';

export type { PersonCandidate, PersonQuery };

/** The query cannot be searched; `field` is the PersonQuery field, `message` in GOV.UK wording. */
export class PersonSearchError extends Error {
  constructor(
    readonly field: keyof PersonQuery,
    message: string,
  ) {
    super(message);
  }
}

export interface SearchPeopleOptions {
  /** How many candidates at most, 1..50; default 10. */
  limit?: number | undefined;
  /** Lowest score returned (0..1); default MIN_SCORE in domain/people/match.ts. */
  minScore?: number | undefined;
  ip?: string | null | undefined;
}

const FIELDS = ['forename', 'surname', 'dateOfBirth', 'postcode', 'phone', 'email', 'address'] as const;

const given = (s: string | undefined) => !!s && s.trim() !== '';

function realDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * @returns up to `limit` candidates, best first: `{ personId, forename, surname, dateOfBirth,
 *   postcode, organisationName, score (0..1), reasons }`.
 * @throws PersonSearchError when a given field is not valid, or when there is neither a name
 *   nor a phone number, email address or postcode to search on.
 */
export async function searchPeople(
  db: Kysely<Database>,
  actor: Actor,
  query: PersonQuery,
  options: SearchPeopleOptions = {},
): Promise<PersonCandidate[]> {
  const q = prepareQuery(query);
  if (given(query.dateOfBirth) && !realDate(query.dateOfBirth!.trim())) {
    throw new PersonSearchError('dateOfBirth', 'Date of birth must be a real date');
  }
  if (given(query.phone) && !q.phoneKey) {
    throw new PersonSearchError('phone', 'Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192');
  }
  if (given(query.email) && !q.emailKey) {
    throw new PersonSearchError('email', 'Enter an email address in the correct format, like name@example.com');
  }
  if (given(query.postcode) && !q.postcodeKey) throw new PersonSearchError('postcode', 'Enter a real postcode');
  if (!q.nameKey && !q.phoneKey && !q.emailKey && !q.postcodeKey) {
    throw new PersonSearchError('surname', 'Enter a name, phone number, email address or postcode');
  }
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 10), 1), 50);
  return db.transaction().execute(async (trx) => {
    const candidates = await searchPersonCandidates(trx, q, { limit, minScore: options.minScore });
    await writeAudit(trx, actor, {
      action: 'person.search',
      entityType: 'person',
      detail: { fields: FIELDS.filter((f) => given(query[f])), candidates: candidates.length },
      ip: options.ip ?? null,
    });
    return candidates;
  });
}
