/**
 * Reads the "Record an action" form into the service's input: the subject (a party of the case,
 * or a body, premises or area), the text fields, GOV.UK date inputs (London dates) and date-and-
 * time inputs where hours count (London wall-clock instants), yes/no radios. Only the form's own
 * checks live here (a date is real, something required is entered); the law's are the rules'.
 */
import type { SubjectKind } from '../../../../../db/schema.js';
import type { RuleFinding } from '../../../../../domain/powers/types.js';
import type { RecordInterventionInput } from '../../../../../services/powers/record-intervention.js';
import { londonInstant, parseTime } from '../../../../report/_shared/date-time.js';
import { readDateField } from '../../reviews/date-field.js';
import { DATE_FIELDS, DATE_TIME_FIELDS, FIELD_LABELS, fieldsFor, type FieldKey } from './fields.js';

export type ReadResult = { ok: true; input: RecordInterventionInput } | { ok: false; findings: RuleFinding[] };

const str = (body: Record<string, unknown>, key: string): string => {
  const v = body[key];
  return typeof v === 'string' ? v.trim() : '';
};
const orNull = (s: string): string | null => (s === '' ? null : s);
const yesNo = (s: string): boolean | null => (s === 'yes' ? true : s === 'no' ? false : null);

function wording(key: string) {
  const label = (FIELD_LABELS as Record<string, { label: string }>)[key]?.label.replace(/ \(optional\)$/, '') ?? key;
  return { date: label, enter: `Enter the ${label.charAt(0).toLowerCase()}${label.slice(1)}` };
}

function readDate(body: Record<string, unknown>, key: string, required: boolean, findings: RuleFinding[]): string | null {
  const blank = ['day', 'month', 'year'].every((p) => str(body, `${key}-${p}`) === '');
  if (blank && !required) return null;
  const r = readDateField(body, key, wording(key));
  if (!r.ok) {
    findings.push({ field: key, message: r.message, source: '' });
    return null;
  }
  return r.value;
}

function readDateTime(body: Record<string, unknown>, key: string, findings: RuleFinding[]): Date | null {
  const time = str(body, `${key}-time`);
  const date = readDate(body, key, time !== '', findings);
  if (!date) return null;
  const label = wording(key).date;
  if (!time) {
    findings.push({ field: `${key}-time`, message: `Enter the time for ${label.toLowerCase()}`, source: '' });
    return null;
  }
  const minutes = parseTime(time);
  if (minutes === undefined) {
    findings.push({ field: `${key}-time`, message: `${label} must be a real time, like 9:30pm or 21:30`, source: '' });
    return null;
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return londonInstant(y, m, d, minutes) ?? null;
}

function readSubject(body: Record<string, unknown>, kinds: readonly SubjectKind[], findings: RuleFinding[]) {
  const subject = str(body, 'subject');
  const subjectText = orNull(str(body, 'subjectText'));
  if (!kinds.includes('person') && !kinds.includes('body')) return { subjectKind: kinds[0] ?? 'area', personId: null, subjectText };
  if (subject === 'body' && kinds.includes('body')) return { subjectKind: 'body' as const, personId: null, subjectText };
  if (subject && subject !== 'body') return { subjectKind: 'person' as const, personId: subject, subjectText: null };
  findings.push({ field: 'subject', message: 'Select who it is against', source: '' });
  return { subjectKind: 'person' as const, personId: null, subjectText: null };
}

/** @param kinds the type's subject kinds (who or what it may be against). */
export function readInterventionForm(body: Record<string, unknown>, typeCode: string, kinds: readonly SubjectKind[]): ReadResult {
  const findings: RuleFinding[] = [];
  const shown = new Set<FieldKey>(fieldsFor(typeCode));
  const subject = readSubject(body, kinds, findings);
  const conduct = str(body, 'conduct');
  if (!conduct) findings.push({ field: 'conduct', message: 'Enter the conduct it addresses', source: '' });
  const issuedOn = readDate(body, 'issuedOn', true, findings);
  const dates: Partial<Record<string, string | null>> = {};
  for (const k of DATE_FIELDS) if (k !== 'issuedOn' && shown.has(k)) dates[k] = readDate(body, k, false, findings);
  const instants: Partial<Record<string, Date | null>> = {};
  for (const k of DATE_TIME_FIELDS) if (shown.has(k)) instants[k] = readDateTime(body, k, findings);
  const text = (k: FieldKey) => (shown.has(k) ? orNull(str(body, k)) : null);
  if (findings.length || !issuedOn) return { ok: false, findings };
  return {
    ok: true,
    input: {
      typeCode,
      ...subject,
      conduct,
      issuedOn,
      officerId: orNull(str(body, 'officerId')),
      terms: text('terms'),
      startsOn: dates.startsOn ?? null,
      endsOn: dates.endsOn ?? null,
      complianceDueOn: dates.complianceDueOn ?? null,
      reviewOn: dates.reviewOn ?? null,
      youthJusticeConsultedOn: dates.youthJusticeConsultedOn ?? null,
      servedAt: instants.servedAt ?? null,
      endsAt: instants.endsAt ?? null,
      hearingAt: instants.hearingAt ?? null,
      linkedInterventionId: text('linkedInterventionId'),
      authorisedByRank: text('authorisedByRank'),
      authorisedInWriting: shown.has('authorisedInWriting') ? yesNo(str(body, 'authorisedInWriting')) : null,
      grounds: text('grounds'),
      court: text('court'),
      youthJusticeViews: text('youthJusticeViews'),
      convictionReference: text('convictionReference'),
      triggerEvent: text('triggerEvent'),
      triggerEventOn: dates.triggerEventOn ?? null,
      firstTimeEntrant: yesNo(str(body, 'firstTimeEntrant')),
      skipReason: orNull(str(body, 'skipReason')),
    },
  };
}
