/**
 * The "Add a person to the case" page's view model: the search by name and its candidates (from
 * services/cases/search-people.ts, audited there), the choice radios with "Record a new person"
 * revealing the new person's fields, and the role radios.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../../db/schema.js';
import type { Actor } from '../../../../../domain/access/roles.js';
import { CASE_PARTY_ROLES } from '../../../../../domain/cases/parties.js';
import { formError, type FormErrors } from '../../../../../platform/forms.js';
import type { CaseHeader } from '../../../../../services/cases/case-header.js';
import { PersonSearchError, searchPeople, type PersonCandidate } from '../../../../../services/people/search-people.js';
import { dateItems } from '../../../../report/_shared/date-time.js';
import { asText } from '../../../_core/page.js';

const longDate = (ymd: string) =>
  new Date(`${ymd}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export interface AddPartyPageInput {
  /** The search (forename, surname), from the query or the form's hidden fields. */
  search: { forename: string; surname: string };
  values?: Record<string, unknown>;
  errors?: FormErrors | undefined;
  ip: string | null;
}

/** The page's context; a search that cannot be run comes back as errors on its fields. */
export async function addPartyPage(db: Kysely<Database>, actor: Actor, header: CaseHeader, input: AddPartyPageInput) {
  const { forename, surname } = input.search;
  const searched = !!(forename || surname);
  let candidates: PersonCandidate[] = [];
  let errors = input.errors;
  if (searched) {
    try {
      candidates = await searchPeople(db, actor, { forename, surname }, { ip: input.ip });
    } catch (err) {
      if (!(err instanceof PersonSearchError)) throw err;
      errors = formError(err.field === 'forename' ? 'forename' : 'surname', err.message);
    }
  }
  const values = input.values ?? {};
  const v = (k: string) => asText(values[k]);
  const base = `/cases/${header.id}`;
  return {
    title: 'Add a person to the case',
    caseHeading: 'Add a person to the case',
    caseHeader: header,
    casePage: 'people',
    errors,
    search: { forename, surname, searched, action: `${base}/people/add` },
    action: `${base}/people/add`,
    backHref: `${base}/people`,
    values,
    candidateItems: candidates.map((c) => ({
      value: c.personId,
      text: `${c.forename} ${c.surname}`,
      hint: {
        text: [
          c.dateOfBirth ? `Born ${longDate(c.dateOfBirth)}` : 'Date of birth not recorded',
          c.postcode,
          `Known to ${c.organisationName}`,
          c.reasons.join(', '),
        ]
          .filter(Boolean)
          .join(' · '),
      },
      checked: v('person') === c.personId,
    })),
    newChecked: v('person') === 'new',
    personHint:
      searched && !candidates.length
        ? { text: 'No one known matches that search. Check the spelling, or record a new person.' }
        : undefined,
    newDobItems: dateItems('new-dob', values, !!errors?.fields['new-dob-day']),
    roleItems: CASE_PARTY_ROLES.map((r) => ({ value: r.code, text: r.name, checked: v('role') === r.code })),
  };
}
