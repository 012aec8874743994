/**
 * The what-and-where form's values as posted, and the buttons that change the form without
 * saving it (they work without JavaScript): "Find place", "Add another person", "Remove" and a
 * row's "Find matches".
 */
import { asText } from '../../_shared/report-page.js';
import { partyValues, withEmptyParty, withoutParty } from './parties.js';

const DATE_TIMES = ['occurredFrom', 'occurredTo', 'reported'].flatMap((p) => ['day', 'month', 'year', 'time'].map((x) => `${p}-${x}`));

export const FIELDS = [
  'category',
  'incidentType',
  ...DATE_TIMES,
  'placeQuery',
  'placeChoice',
  'lat',
  'lon',
  'placeLabel',
  'address',
  'district',
  'description',
  'crimeLinked',
  'crimeReference',
  'childInvolved',
] as const;

/** The posted values: the known fields as text, and the other people's rows. */
export function whatAndWhereValues(body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = Object.fromEntries(FIELDS.map((f) => [f, asText(body[f])]));
  // The description keeps its line breaks; only its ends are trimmed.
  values.parties = partyValues(body);
  return values;
}

export type PostedAction =
  | { kind: 'continue' }
  | { kind: 'find-place' }
  | { kind: 'add-party' }
  | { kind: 'remove-party'; index: number }
  | { kind: 'find-party'; index: number };

/** Which button sent the form. */
export function postedAction(body: Record<string, unknown>): PostedAction {
  if (body.action === 'find-place') return { kind: 'find-place' };
  if (body['parties-add-another'] !== undefined) return { kind: 'add-party' };
  const remove = asText(body['remove-party']);
  if (/^\d{1,2}$/.test(remove)) return { kind: 'remove-party', index: Number(remove) };
  const find = asText(body['find-party']);
  if (/^\d{1,2}$/.test(find)) return { kind: 'find-party', index: Number(find) };
  return { kind: 'continue' };
}

/** The values after an add or remove button. */
export function applyPartyAction(values: Record<string, unknown>, action: PostedAction): Record<string, unknown> {
  const rows = values.parties as ReturnType<typeof partyValues>;
  if (action.kind === 'add-party') return { ...values, parties: withEmptyParty(rows) };
  if (action.kind === 'remove-party') return { ...values, parties: withoutParty(rows, action.index) };
  return values;
}
