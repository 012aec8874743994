/**
 * Matching the other people involved (perpetrator, witnesses) to people already known, as the
 * "who" page does for the caller: "Find matches" on a row searches by its name and date of birth
 * (searchPeople, up to 5 candidates with their reasons); the call handler chooses one, or "None
 * of these" to record a new person. A row that was never searched is recorded as a new person.
 *
 * The candidates are searched again whenever the page is shown or saved, so an id is only
 * accepted while it is still one of the row's candidates (a name changed after matching, or an
 * id typed into the form, is refused).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import type { Actor } from '../../../../domain/access/roles.js';
import { nameKey } from '../../../../domain/people/normalise.js';
import type { FormErrors } from '../../../../platform/forms.js';
import { searchPeople, type PersonCandidate, type PersonQuery } from '../../../../services/people/search-people.js';
import { readDate } from '../../_shared/date-time.js';
import { longDate } from '../who/view-model.js';
import { isPersonMatch, type PartyValues } from './parties.js';

export const MATCH_LIMIT = 5;

type Issue = { field: string; message: string };

const who = (i: number) => `other person ${i + 1}`;

/** The row's name and date of birth as a search, or the problems that stop it being searched. */
export function partyQuery(row: PartyValues, i: number, now: Date): { query: PersonQuery | null; issues: Issue[] } {
  const issues: Issue[] = [];
  if (!nameKey(row.forename, row.surname))
    issues.push({ field: `parties-${i}-forename`, message: `Enter the name of ${who(i)} to find matches` });
  const dob = readDate(
    { 'd-day': row['dob-day'], 'd-month': row['dob-month'], 'd-year': row['dob-year'] },
    'd',
    { date: `Date of birth of ${who(i)}`, enter: '' },
    { required: false, now },
  );
  if (!dob.ok) issues.push({ field: `parties-${i}-dob-day`, message: dob.message });
  if (issues.length) return { query: null, issues };
  const query: PersonQuery = { forename: row.forename, surname: row.surname };
  if (dob.ok && dob.value) query.dateOfBirth = dob.value;
  return { query, issues };
}

/** For each row: its candidates when "Find matches" was pressed for it and it can be searched, else null. */
export async function findPartyMatches(
  db: Kysely<Database>,
  actor: Actor,
  rows: readonly PartyValues[],
  opts: { now: Date; ip: string | null },
): Promise<(PersonCandidate[] | null)[]> {
  return Promise.all(
    rows.map(async (row, i) => {
      if (row.searched !== 'yes') return null;
      const { query } = partyQuery(row, i, opts.now);
      return query ? searchPeople(db, actor, query, { limit: MATCH_LIMIT, ip: opts.ip }) : null;
    }),
  );
}

/** Problems with the choices: an id that is not (or no longer) a candidate, or no choice among candidates. */
export function matchIssues(rows: readonly PartyValues[], found: readonly (PersonCandidate[] | null)[]): Issue[] {
  return rows.flatMap((row, i): Issue[] => {
    const match = row.match ?? '';
    const candidates = found[i] ?? [];
    const field = `parties-${i}-match`;
    if (isPersonMatch(match) && !candidates.some((c) => c.personId === match)) {
      return [
        {
          field: candidates.length ? field : `parties-${i}-forename`,
          message: `Find matches again for ${who(i)}, then choose who they are`,
        },
      ];
    }
    if (!match && candidates.length) return [{ field, message: `Select who ${who(i)} is, or select ‘None of these’` }];
    return [];
  });
}

/** `errors` with `issues` added (each field's first message wins, as in validateForm). */
export function withIssues(errors: FormErrors | undefined, issues: readonly Issue[]): FormErrors | undefined {
  if (!issues.length) return errors;
  const out: FormErrors = { list: [...(errors?.list ?? [])], fields: { ...(errors?.fields ?? {}) } };
  for (const { field, message } of issues) {
    if (out.fields[field]) continue;
    out.fields[field] = { text: message };
    out.list.push({ text: message, href: `#${field}` });
  }
  return out;
}

/** The row with "Find matches" pressed: searched, and any earlier choice cleared. */
export function searchedRow(row: PartyValues): PartyValues {
  return { ...row, searched: 'yes', match: '' };
}

/** One candidate as a radio: name, then date of birth, who knows them and why they match. */
function candidateItem(c: PersonCandidate, i: number, k: number, match: string) {
  const id = k === 0 ? `parties-${i}-match` : `parties-${i}-match-${k + 1}`;
  const born = longDate(c.dateOfBirth);
  const details = [born ? `Born ${born}` : 'Date of birth not recorded', `known to ${c.organisationName}`].join(', ');
  return {
    id,
    value: c.personId,
    text: `${c.forename} ${c.surname}`,
    hint: { text: `${details}. Why: ${c.reasons.join(', ')}` },
    checked: match === c.personId,
    attributes: { 'data-name': 'parties[%index%][match]', 'data-id': id.replace(`parties-${i}-`, 'parties-%index%-') },
  };
}

/** What the template shows under a row after "Find matches": the radios, or that no one matched. */
export function matchView(row: PartyValues, i: number, candidates: PersonCandidate[] | null, errors?: FormErrors) {
  if (!candidates) return null;
  const match = row.match ?? '';
  const noneId = `parties-${i}-match-${candidates.length + 1}`;
  return {
    searchedName: `parties[${i}][searched]`,
    searchedId: `parties-${i}-searched`,
    radios: candidates.length
      ? {
          name: `parties[${i}][match]`,
          idPrefix: `parties-${i}-match`,
          items: [
            ...candidates.map((c, k) => candidateItem(c, i, k, match)),
            { divider: 'or' },
            {
              id: noneId,
              value: 'new',
              text: 'None of these – record as a new person',
              checked: match === 'new',
              attributes: { 'data-name': 'parties[%index%][match]', 'data-id': `parties-%index%-match-${candidates.length + 1}` },
            },
          ],
          errorMessage: errors?.fields[`parties-${i}-match`],
        }
      : null,
  };
}
