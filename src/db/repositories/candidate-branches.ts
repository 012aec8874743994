/**
 * The branches of the person candidate query (people-search.ts): one capped sub-select of people
 * ids per way a person may be found, each written so that one index (migrations 002 and 003)
 * answers it. Which branches run depends on what the query gives; see people-search.ts for the
 * table of branches, indexes and caps.
 */
import { sql, type RawBuilder } from 'kysely';
import { isVeryCommonSurname } from '../../domain/people/common-surnames.js';
import type { PreparedQuery } from '../../domain/people/match.js';
import { variantsOf } from '../../domain/people/names.js';

const CAP = { name: 100, surname: 100, dateOfBirth: 60, contact: 30 } as const;

/** The query's first forename and its variants in names.ts (Bill → William, Will, Billy, Liam…). */
function forenameForms(q: PreparedQuery): string[] {
  const first = q.forename?.key.split(' ')[0];
  return first ? [first, ...variantsOf(first)] : [];
}

/** The dates of birth worth looking up for `dob` (YYYY-MM-DD): itself, day/month swapped, ±1 year. */
export function datesOfBirthToTry(dob: string): string[] {
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  const valid = (yy: number, mm: number, dd: number) => {
    const t = new Date(Date.UTC(yy, mm - 1, dd));
    return t.getUTCFullYear() === yy && t.getUTCMonth() === mm - 1 && t.getUTCDate() === dd;
  };
  const iso = (yy: number, mm: number, dd: number) => `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  const out = [
    [y, m, d],
    [y, d, m],
    [y - 1, m, d],
    [y + 1, m, d],
  ].filter(([yy, mm, dd]) => valid(yy!, mm!, dd!));
  return [...new Set(out.map(([yy, mm, dd]) => iso(yy!, mm!, dd!)))];
}

/**
 * People whose surname is like `key` (pg_trgm `%`; with `orWord`, also `key <%` surname_key, i.e.
 * like one word of a longer surname, Hughes in Stephenson Hughes; or sharing a Double Metaphone
 * code with it or one of its words) and, when `initials` are given, whose name begins with one.
 * The initial is inside each arm, so an index applies both (migration 003): `left(name_key, 1) = i
 * AND surname_key % key`, one arm per initial, on that initial's people_surname_trgm_<i>_idx, and
 * `dmetaphone(surname_key) IN … AND left(name_key, 1) IN …` on people_surname_code_initial_idx.
 */
function surnameLike(key: string, initials: readonly string[] | null, orWord = false): RawBuilder<unknown> {
  const words = [...new Set([key, ...key.split(' ')])];
  const codes = sql.join(words.flatMap((w) => [sql`dmetaphone(${w})`, sql`dmetaphone_alt(${w})`]));
  const likes = [sql`surname_key % ${key}`, ...(orWord ? [sql`${key} <% surname_key`] : [])];
  if (!initials) return sql`(${sql.join([...likes, sql`dmetaphone(surname_key) IN (${codes})`], sql` OR `)})`;
  const trigram = initials.flatMap((i) => likes.map((like) => sql`(left(name_key, 1) = ${i} AND ${like})`));
  const phonetic = sql`(dmetaphone(surname_key) IN (${codes}) AND left(name_key, 1) IN (${sql.join(initials.map((i) => sql`${i}`))}))`;
  return sql`(${sql.join([...trigram, phonetic], sql` OR `)})`;
}

/**
 * The candidate query's branches for `q`, each `(SELECT id FROM people … LIMIT n)`, to be joined
 * by UNION; [] when `q` has nothing to search on. Run inside withPlannerSettings (people-search.ts).
 */
export function candidateBranches(q: PreparedQuery): RawBuilder<unknown>[] {
  const out: RawBuilder<unknown>[] = [];
  // Ordering costs one similarity() per matching row, which PGlite computes slowly: branches
  // that can match many rows order by cheap tests first or filter before ordering.
  const byName = q.nameKey ? sql`ORDER BY similarity(name_key, ${q.nameKey}) DESC` : sql``;
  // With a very common surname most of the name's trigrams are the surname's, so the trigram
  // index hands back nearly everyone of that surname to recheck; the surname branches below
  // (same family and initial, and the other way round) find the same people far cheaper.
  const common = q.surname !== null && isVeryCommonSurname(q.surname.key);
  if (q.forename && !common) {
    out.push(sql`(SELECT id FROM people WHERE name_key % ${q.nameKey} ${byName} LIMIT ${CAP.name})`);
  }
  if (q.surname) {
    const forms = forenameForms(q);
    if (forms.length) {
      // Same surname family and a forename with the query's initial or a variant's (Bill → b, w).
      const initials = [...new Set(forms.map((f) => f[0]!))];
      out.push(sql`(SELECT id FROM people WHERE ${surnameLike(q.surname.key, initials, common)}
        ORDER BY split_part(name_key, ' ', 1) IN (${sql.join(forms.map((f) => sql`${f}`))}) DESC, similarity(name_key, ${q.nameKey}) DESC
        LIMIT ${CAP.surname})`);
      if (common) {
        // Recorded the other way round ("Patel Priya" for Priya Patel), which the name branch
        // found: a surname like the query's forename, a forename with the surname's initial.
        const swapped = [...new Set(q.surname.key.split(' ').map((w) => w[0]!))];
        out.push(sql`(SELECT id FROM people WHERE ${surnameLike(forms[0]!, swapped)} ${byName} LIMIT ${CAP.surname})`);
      }
    } else if (!common || !(q.dateOfBirth || q.postcodeKey || q.phoneKey || q.emailKey)) {
      // A surname alone: the name branch is skipped, this one stands for it. Not for a very
      // common surname beside a date of birth, postcode, phone or email: agreeing on the surname
      // alone never reaches MIN_SCORE, so only people agreeing on one of those can be shown, and
      // their branches below find them; this one would read every Patel to keep 100 of them.
      out.push(
        sql`(SELECT id FROM people WHERE ${surnameLike(q.surname.key, null)} ORDER BY surname_key = ${q.surname.key} DESC LIMIT ${CAP.surname})`,
      );
    }
  }
  if (q.dateOfBirth) {
    const dates = sql.join(datesOfBirthToTry(q.dateOfBirth).map((d) => sql`${d}::date`));
    out.push(sql`(SELECT id FROM people WHERE date_of_birth IN (${dates}) ${byName} LIMIT ${CAP.dateOfBirth})`);
  }
  const contact = [
    ['phone_key', q.phoneKey],
    ['email_key', q.emailKey],
    ['postcode_key', q.postcodeKey],
  ] as const;
  for (const [column, value] of contact) {
    if (value) out.push(sql`(SELECT id FROM people WHERE ${sql.ref(column)} = ${value} ${byName} LIMIT ${CAP.contact})`);
  }
  return out;
}
