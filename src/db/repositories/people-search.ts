/**
 * Finds people already known to any partner who may be the person asked about (issue 3, "Who
 * is reporting"). Deliberately not scoped to the actor: spotting someone known to another
 * agency is the point. The service decides what detail to show and audits the search.
 *
 * One SQL query gathers candidates, each branch (candidate-branches.ts) using an index from
 * migrations 002/003 and capped:
 *   name_key % name (when a forename is given and the surname is not very
 *     common, common-surnames.ts), most similar first                            gin trigram, 100
 *   surname_key % surname (a very common one also `surname <% surname_key`: a word of
 *     a longer surname) or dmetaphone(surname_key) = a code of one of its words,
 *     with the forename's initial or a variant's (Bill → b, w), variants first    gin trigram per initial / btree, 100
 *   when the name branch is skipped, the same the other way round (surname like
 *     the forename, forename with the surname's initial), most similar first     the same, 100
 *   a surname without a forename: the same without the initial, exact first
 *     (not for a very common one beside a date of birth, postcode, phone, email)  gin trigram / btree, 100
 *   date_of_birth in (same, day and month swapped, a year either side)           btree, 60
 *   phone_key =, email_key =, postcode_key =                                      btree, 30 each
 * `%` is pg_trgm's similarity operator, at SIMILARITY_THRESHOLD (0.45). The same query returns the
 * Double Metaphone codes of every candidate's and the query's name words, and the candidates
 * are then scored in TypeScript (domain/people/match.ts) and the best returned.
 */
import { sql, type RawBuilder } from 'kysely';
import {
  MIN_SCORE,
  scoreCandidate,
  type CandidateRecord,
  type PhoneticCode,
  type PhoneticCodes,
  type PreparedQuery,
  type Weights,
} from '../../domain/people/match.js';
import type { Executor } from './audit-log.js';
import { candidateBranches } from './candidate-branches.js';

export { datesOfBirthToTry } from './candidate-branches.js';

/** A person who may be the one asked about, best first. */
export interface PersonCandidate {
  personId: string;
  forename: string;
  surname: string;
  /** YYYY-MM-DD or null. */
  dateOfBirth: string | null;
  postcode: string | null;
  /** The agency that recorded them. */
  organisationName: string;
  /** 0..1, see domain/people/match.ts. */
  score: number;
  /** Why, in staff's words, e.g. ["same date of birth", "name 0.82 similar"]. */
  reasons: string[];
}

export interface CandidateSearchOptions {
  /** How many to return at most; default 10. */
  limit?: number | undefined;
  /** Lowest score returned; default MIN_SCORE. */
  minScore?: number | undefined;
  /** Scoring weights; default WEIGHTS (for tuning on the labelled set). */
  weights?: Weights | undefined;
}

/** pg_trgm similarity a whole name (or surname) needs to be found by its trigram branch (default 0.3). */
export const SIMILARITY_THRESHOLD = 0.45;

/** pg_trgm word_similarity a surname needs to be found inside a longer one by `<%` (its default). */
export const WORD_SIMILARITY_THRESHOLD = 0.6;

/** A row of the candidate query as the database returns it. */
export interface RawRow {
  id: string;
  forename: string;
  surname: string;
  date_of_birth: string | null;
  postcode: string | null;
  address: string | null;
  phone_key: string | null;
  postcode_key: string | null;
  email_key: string | null;
  organisation_name: string;
  codes: string[] | null;
  query_codes: string[] | null;
}

/** `word:primary:alternate` for every word of a normalised text, Double Metaphone by fuzzystrmatch. */
const codesOf = (text: RawBuilder<unknown>) =>
  sql`array(SELECT w || ':' || dmetaphone(w) || ':' || dmetaphone_alt(w) FROM unnest(string_to_array(${text}, ' ')) w WHERE w <> '')`;

function parseCodes(rows: string[] | null): Map<string, PhoneticCode> {
  const map = new Map<string, PhoneticCode>();
  for (const r of rows ?? []) {
    const [word, primary, alternate] = r.split(':');
    if (word) map.set(word, { primary: primary ?? '', alternate: alternate ?? '' });
  }
  return map;
}

/**
 * Runs `fn` in a transaction (the caller's, or a new one) with the settings the candidate query
 * needs, then puts the caller's settings back:
 * - `pg_trgm.similarity_threshold` SIMILARITY_THRESHOLD, so `%` only keeps names alike enough to
 *   matter and the trigram index hands back few rows to recheck (looser matches come through
 *   the surname and date-of-birth branches), and `pg_trgm.word_similarity_threshold`
 *   WORD_SIMILARITY_THRESHOLD for `<%`;
 * - `enable_seqscan` and `enable_indexscan` off, leaving bitmap scans: PostgreSQL prices
 *   pg_trgm's functions as cheap, so on small or skewed tables it would rather read every row
 *   (a sequential scan, or the whole primary key) computing similarity() than use the trigram
 *   index, and in PGlite (WebAssembly) similarity() costs about 20 µs a row. Every branch has
 *   an index a bitmap scan can use.
 */
export async function withPlannerSettings<T>(db: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  if (!db.isTransaction) return db.transaction().execute((trx) => withPlannerSettings(trx, fn));
  const settings = {
    'pg_trgm.similarity_threshold': String(SIMILARITY_THRESHOLD),
    'pg_trgm.word_similarity_threshold': String(WORD_SIMILARITY_THRESHOLD),
    enable_seqscan: 'off',
    enable_indexscan: 'off',
  };
  const names = Object.keys(settings);
  const { rows } = await sql<{ v: string | null }>`
    SELECT current_setting(n, true) AS v FROM unnest(${names}::text[]) WITH ORDINALITY AS t(n, i) ORDER BY i`.execute(db);
  const set = (values: (string | null)[]) =>
    sql`SELECT set_config(n, v, true) FROM unnest(${names}::text[], ${values}::text[]) AS t(n, v) WHERE v IS NOT NULL`.execute(db);
  await set(Object.values(settings));
  const result = await fn(db);
  await set(rows.map((r) => r.v));
  return result;
}

/** A person on record as the candidate query reads them, ready to score. */
export interface CandidateRow extends CandidateRecord {
  personId: string;
  postcode: string | null;
  organisationName: string;
}

/** The one candidate query for `q`, or null when `q` has nothing to search on. Run it inside withPlannerSettings. */
export function candidateQuery(q: PreparedQuery): RawBuilder<RawRow> | null {
  const parts = candidateBranches(q);
  if (!parts.length) return null;
  const forenameOf = sql`CASE WHEN p.surname_key IS NOT NULL AND right(p.name_key, length(p.surname_key)) = p.surname_key
    THEN left(p.name_key, length(p.name_key) - length(p.surname_key)) ELSE p.name_key END`;
  return sql<RawRow>`
    WITH ids AS (${sql.join(parts, sql` UNION `)})
    SELECT p.id, p.forename, p.surname, p.date_of_birth, p.postcode, p.address, p.phone_key, p.postcode_key, p.email_key,
           o.name AS organisation_name,
           ${codesOf(sql`trim(${forenameOf}) || ' ' || coalesce(p.surname_key, '')`)} AS codes,
           ${codesOf(sql`${q.nameKey ?? ''}::text`)} AS query_codes
    FROM ids JOIN people p ON p.id = ids.id JOIN organisations o ON o.id = p.organisation_id`;
}

/**
 * Everyone the candidate query finds (a few hundred at most), unscored, with the Double
 * Metaphone codes of their name words and of the query's.
 */
export async function findCandidates(db: Executor, q: PreparedQuery): Promise<{ rows: CandidateRow[]; queryCodes: PhoneticCodes }> {
  const query = candidateQuery(q);
  if (!query) return { rows: [], queryCodes: new Map() };
  const rows = await withPlannerSettings(db, async (trx) => (await query.execute(trx)).rows);
  return {
    queryCodes: parseCodes(rows[0]?.query_codes ?? null),
    rows: rows.map((r) => ({
      personId: r.id,
      forename: r.forename,
      surname: r.surname,
      dateOfBirth: r.date_of_birth,
      postcode: r.postcode,
      organisationName: r.organisation_name,
      phoneKey: r.phone_key,
      postcodeKey: r.postcode_key,
      emailKey: r.email_key,
      address: r.address,
      codes: parseCodes(r.codes),
    })),
  };
}

/** Scores candidate rows and keeps the best `limit` (default 10) scoring at least `minScore`. */
export function rankCandidates(
  q: PreparedQuery,
  rows: readonly CandidateRow[],
  queryCodes: PhoneticCodes,
  opts: CandidateSearchOptions = {},
): PersonCandidate[] {
  const minScore = opts.minScore ?? MIN_SCORE;
  return rows
    .map((r) => {
      const { score, reasons } = scoreCandidate(q, r, queryCodes, opts.weights);
      const { personId, forename, surname, dateOfBirth, postcode, organisationName } = r;
      return { personId, forename, surname, dateOfBirth, postcode, organisationName, score, reasons };
    })
    .filter((c) => c.score >= minScore)
    .sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId))
    .slice(0, opts.limit ?? 10);
}

/**
 * Candidates for `q` across every partner's records, scored and best first.
 * @returns at most `limit` (default 10) candidates scoring at least `minScore`; [] when the
 *   query has nothing to search on.
 */
export async function searchPersonCandidates(
  db: Executor,
  q: PreparedQuery,
  opts: CandidateSearchOptions = {},
): Promise<PersonCandidate[]> {
  const { rows, queryCodes } = await findCandidates(db, q);
  return rankCandidates(q, rows, queryCodes, opts);
}
