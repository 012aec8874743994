/**
 * The "Who is reporting" page's view model: the search form as typed, the candidates from the
 * last search (with their reasons and the organisation that knows them), the choice form, and —
 * once a person is chosen — who they are and the checks panel.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import type { Actor } from '../../../../domain/access/roles.js';
import type { FormErrors } from '../../../../platform/forms.js';
import { searchPeople, type PersonCandidate } from '../../../../services/people/search-people.js';
import type { ChosenPerson, ReportDraft } from '../../../../services/report-drafts/report-draft.js';
import { checksForDraft } from '../../_shared/draft-checks.js';
import { dateItems } from '../../_shared/date-time.js';
import { nextPath, stepPath } from '../../_shared/report-page.js';
import { CALLER_ROLES, newPersonFromSearch, searchSchema, type ChoiceValue } from './schema.js';

const ROLE_TEXT: Record<(typeof CALLER_ROLES)[number], { text: string; hint: string }> = {
  victim: { text: 'Victim', hint: 'The behaviour was aimed at them or harmed them' },
  complainant: { text: 'Complainant', hint: 'Reporting behaviour that affects them or the community' },
  witness: { text: 'Witness', hint: 'Saw or heard it but was not the target' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 March 1980" from "1980-03-03". */
export function longDate(ymd: string | null): string | null {
  const m = ymd ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd) : null;
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : null;
}

function candidateView(c: PersonCandidate) {
  const details = [
    longDate(c.dateOfBirth) ? `Born ${longDate(c.dateOfBirth)}` : 'Date of birth not recorded',
    c.postcode ? `postcode ${c.postcode}` : null,
  ].filter(Boolean);
  return {
    value: c.personId,
    name: `${c.forename} ${c.surname}`,
    details: details.join(', '),
    knownTo: c.organisationName,
    reasons: c.reasons.join(', '),
    score: Math.round(c.score * 100),
  };
}

export interface WhoPageInput {
  /** The search form as typed (after a failed search); default the draft's last search. */
  searchValues?: Record<string, unknown>;
  /** The choice form as typed (after a failed choice); default the draft's. */
  choiceValues?: Record<string, unknown>;
  errors?: FormErrors | undefined;
  ip?: string | null;
  now?: Date;
}

/** The last search's candidates, or null when there is no valid search to run. */
async function candidatesFor(db: Kysely<Database>, actor: Actor, search: Record<string, unknown> | undefined, input: WhoPageInput) {
  if (!search || input.searchValues) return null;
  const query = searchSchema(input.now ?? new Date()).safeParse(search);
  if (!query.success) return null;
  return searchPeople(db, actor, query.data, { limit: 10, ip: input.ip ?? null });
}

/** The page's template context. */
export async function whoPage(db: Kysely<Database>, actor: Actor, draft: ReportDraft, input: WhoPageInput = {}) {
  const search = input.searchValues ?? draft.data.whoSearch ?? {};
  const candidates = await candidatesFor(db, actor, draft.data.whoSearch, input);
  const chosen = draft.data.who?.chosen ?? null;
  const choice = input.choiceValues ??
    draft.data.who?.values ?? { ...newPersonFromSearch(search), person: candidates?.length ? '' : 'new' };
  const errors = input.errors;
  return {
    title: 'Who is reporting?',
    draftId: draft.id,
    searchAction: `${stepPath(draft.id, 'who')}/search`,
    choiceAction: stepPath(draft.id, 'who'),
    search,
    dobItems: dateItems('dob', search, !!errors?.fields['dob-day']),
    searched: candidates !== null || !!input.choiceValues,
    candidates: (candidates ?? []).map(candidateView),
    choice,
    newDobItems: dateItems('new-dob', choice, !!errors?.fields['new-dob-day']),
    roleItems: CALLER_ROLES.map((r) => ({
      value: r,
      text: ROLE_TEXT[r].text,
      hint: { text: ROLE_TEXT[r].hint },
      checked: choice.role === r,
    })),
    chosen: chosen && {
      name: `${chosen.forename} ${chosen.surname}`,
      dateOfBirth: longDate(chosen.dateOfBirth) ?? 'Not given',
      knownTo: chosen.organisationName ?? 'New person: recorded with this report',
      role: ROLE_TEXT[draft.data.who!.values.role as (typeof CALLER_ROLES)[number]]?.text ?? '',
    },
    continueHref: nextPath(draft),
    checks: chosen ? await checksForDraft(db, actor, draft) : null,
    errors,
  };
}

/**
 * The person chosen from the draft's last search (an id not among its candidates is refused),
 * or the new person typed. @returns undefined when the id is not a current candidate.
 */
export async function chosenPerson(
  db: Kysely<Database>,
  actor: Actor,
  draft: ReportDraft,
  value: ChoiceValue,
  ip: string | null,
): Promise<ChosenPerson | undefined> {
  if (value.newPerson) {
    const p = value.newPerson;
    return {
      personId: null,
      forename: p.forename,
      surname: p.surname,
      dateOfBirth: p.dateOfBirth,
      postcode: p.postcode,
      organisationName: null,
    };
  }
  const candidates = (await candidatesFor(db, actor, draft.data.whoSearch, { ip })) ?? [];
  const c = candidates.find((x) => x.personId === value.personId);
  return (
    c && {
      personId: c.personId,
      forename: c.forename,
      surname: c.surname,
      dateOfBirth: c.dateOfBirth,
      postcode: c.postcode,
      organisationName: c.organisationName,
    }
  );
}
