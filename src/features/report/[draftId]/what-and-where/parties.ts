/**
 * The "other people involved" rows of the what-and-where form (MoJ "add another"): read from
 * the posted `parties[0][forename]` … fields, checked, and laid out for the template. Each row
 * may be matched to a person already known (`match`: their id, 'new' or ''; see party-matches.ts);
 * `searched` says "Find matches" was pressed for the row.
 */
import type { FormErrors } from '../../../../platform/forms.js';
import { readDate } from '../../_shared/date-time.js';
import { asText } from '../../_shared/report-page.js';

export const PARTY_ROLES = [
  { value: 'perpetrator', text: 'Perpetrator (alleged)' },
  { value: 'witness', text: 'Witness' },
  { value: 'victim', text: 'Another victim' },
  { value: 'complainant', text: 'Another complainant' },
] as const;
export type OtherPartyRole = (typeof PARTY_ROLES)[number]['value'];

const FIELDS = ['forename', 'surname', 'dob-day', 'dob-month', 'dob-year', 'role', 'searched', 'match'] as const;
export type PartyValues = Record<(typeof FIELDS)[number], string>;

export interface OtherParty {
  forename: string;
  surname: string;
  dateOfBirth: string | null;
  role: OtherPartyRole;
  /** A person already known, chosen from the matches; null to record a new person. */
  personId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when a row's `match` names a person (rather than '' or 'new'). */
export const isPersonMatch = (match: string): boolean => UUID.test(match);

const EMPTY: PartyValues = { forename: '', surname: '', 'dob-day': '', 'dob-month': '', 'dob-year': '', role: '', searched: '', match: '' };

/** The rows as posted, in index order; rows with nothing typed are dropped except a last empty one. */
export function partyValues(body: Record<string, unknown>): PartyValues[] {
  const rows = new Map<number, PartyValues>();
  for (const [key, value] of Object.entries(body)) {
    const m = /^parties\[(\d{1,2})\]\[([a-z-]+)\]$/.exec(key);
    if (!m || !(FIELDS as readonly string[]).includes(m[2]!)) continue;
    const row = rows.get(Number(m[1])) ?? { ...EMPTY };
    row[m[2] as keyof PartyValues] = asText(value);
    rows.set(Number(m[1]), row);
  }
  const filled = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, r]) => r)
    .filter((r) => Object.values(r).some(Boolean));
  return filled.length ? filled : [{ ...EMPTY }];
}

/** Adds an empty row (the "Add another person" button without JavaScript). */
export const withEmptyParty = (rows: PartyValues[]): PartyValues[] => [...rows, { ...EMPTY }];

/** Removes row `index` (a "Remove" button without JavaScript), keeping at least one. */
export function withoutParty(rows: PartyValues[], index: number): PartyValues[] {
  const left = rows.filter((_, i) => i !== index);
  return left.length ? left : [{ ...EMPTY }];
}

/** Checks each row that has anything typed. Issues name the field ids (`parties-0-forename`). */
export function readParties(rows: PartyValues[], now: Date): { parties: OtherParty[]; issues: { field: string; message: string }[] } {
  const parties: OtherParty[] = [];
  const issues: { field: string; message: string }[] = [];
  rows.forEach((row, i) => {
    if (!Object.values(row).some(Boolean)) return;
    const who = `other person ${i + 1}`;
    const id = (f: string) => `parties-${i}-${f}`;
    if (!row.forename) issues.push({ field: id('forename'), message: `Enter the first name of ${who}` });
    if (!row.surname) issues.push({ field: id('surname'), message: `Enter the last name of ${who}` });
    if (!PARTY_ROLES.some((r) => r.value === row.role)) issues.push({ field: id('role'), message: `Select the role of ${who}` });
    const dob = readDate(
      { 'd-day': row['dob-day'], 'd-month': row['dob-month'], 'd-year': row['dob-year'] },
      'd',
      { date: `Date of birth of ${who}`, enter: '' },
      { required: false, now },
    );
    if (!dob.ok) issues.push({ field: id('dob-day'), message: dob.message });
    if (row.forename.length > 100) issues.push({ field: id('forename'), message: `First name of ${who} must be 100 characters or fewer` });
    if (row.surname.length > 100) issues.push({ field: id('surname'), message: `Last name of ${who} must be 100 characters or fewer` });
    const match = row.match ?? '';
    if (match && match !== 'new' && !isPersonMatch(match))
      issues.push({ field: id('match'), message: `Select who ${who} is, or select ‘None of these’` });
    const personId = isPersonMatch(match) ? match : null;
    parties.push({
      forename: row.forename,
      surname: row.surname,
      dateOfBirth: dob.ok ? dob.value : null,
      role: row.role as OtherPartyRole,
      personId,
    });
  });
  return { parties, issues };
}

const attrs = (field: string, label = true) => ({
  'data-name': `parties[%index%][${field}]`,
  'data-id': `parties-%index%-${field}`,
  ...(label ? { 'data-label': '' } : {}),
});

/** What the template needs for each row: names, ids, values, errors and the add-another attributes. */
export function partyItems(rows: PartyValues[], errors?: FormErrors) {
  return rows.map((row, i) => {
    const id = (f: string) => `parties-${i}-${f}`;
    const dobError = !!errors?.fields[id('dob-day')];
    const part = (name: 'day' | 'month' | 'year', width: number) => ({
      id: id(`dob-${name}`),
      name: `parties[${i}][dob-${name}]`,
      label: name[0]!.toUpperCase() + name.slice(1),
      value: row[`dob-${name}`],
      classes: `govuk-input--width-${width}${dobError ? ' govuk-input--error' : ''}`,
      attributes: attrs(`dob-${name}`, false),
    });
    return {
      index: i,
      forename: {
        id: id('forename'),
        name: `parties[${i}][forename]`,
        value: row.forename,
        attributes: attrs('forename'),
        errorMessage: errors?.fields[id('forename')],
      },
      surname: {
        id: id('surname'),
        name: `parties[${i}][surname]`,
        value: row.surname,
        attributes: attrs('surname'),
        errorMessage: errors?.fields[id('surname')],
      },
      dob: { id: id('dob'), items: [part('day', 2), part('month', 2), part('year', 4)], errorMessage: errors?.fields[id('dob-day')] },
      role: {
        id: id('role'),
        name: `parties[${i}][role]`,
        attributes: attrs('role'),
        items: [
          { value: '', text: 'Select a role' },
          ...PARTY_ROLES.map((r) => ({ value: r.value, text: r.text, selected: r.value === row.role })),
        ],
        errorMessage: errors?.fields[id('role')],
      },
    };
  });
}
