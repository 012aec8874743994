/**
 * What recordIncident takes, and the checks on it that need no transaction: cross-field date
 * rules, new people's names, and that referenced rows (incident type, district, people,
 * questionnaire version, vulnerability factors) exist. Field paths are the API's
 * (e.g. 'parties.1.person.surname') so pages and the API name the same field.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { questionnaireVersionExists } from '../../db/repositories/call-handling-questionnaires.js';
import { districtExists } from '../../db/repositories/geography.js';
import { findIncidentType } from '../../db/repositories/incident-types.js';
import { existingPersonIds, type NewPerson } from '../../db/repositories/people.js';
import { isCategory, type CategoryCode } from '../../domain/classification/categories.js';
import type { PartyRole } from '../../domain/checks/types.js';
import type { LeadAgency } from '../../domain/lead-agency/suggest-lead-agency.js';
import { vulnerabilityFactorsOf, type CallAnswers, type CallHandlingQuestionnaire } from '../../domain/report/call-handling-questions.js';
import { ReportInputError } from './errors.js';
import { isUuid } from '../../domain/ids.js';

export type { NewPerson };

/** A party: someone already known (personId) or a new person to record. */
export type RecordPartyInput = { role: PartyRole; personId: string } | { role: PartyRole; person: NewPerson };

export interface RecordIncidentInput {
  /** When it was reported to the agency; default now. */
  reportedAt?: Date | undefined;
  /** When the behaviour happened (from, to); optional. */
  occurredFrom?: Date | null | undefined;
  occurredTo?: Date | null | undefined;
  category?: CategoryCode | null | undefined;
  incidentTypeCode?: string | null | undefined;
  description?: string | null | undefined;
  /** WGS84 degrees (both or neither) and/or the address as text. */
  location?: { lat?: number | null | undefined; lon?: number | null | undefined; text?: string | null | undefined } | null | undefined;
  /** GSS district code, used when the point is not placed in a district (no boundaries loaded). */
  districtCode?: string | null | undefined;
  hateRelated?: boolean | undefined;
  /** Default: true when crimeReference is given. */
  crimeLinked?: boolean | undefined;
  crimeReference?: string | null | undefined;
  childInvolved?: boolean | undefined;
  /** phone, online, in person, email, partner referral. */
  channel?: string | null | undefined;
  parties: RecordPartyInput[];
  /** Answers to the call-handling questions (domain/report/call-handling-questions.ts). */
  callAnswers?: CallAnswers | null | undefined;
  /** The questionnaire version the answers were given to; default the current one. */
  questionnaireVersion?: number | undefined;
  /** Staff's choice of lead agency, replacing the suggestion. */
  leadAgency?: { lead: LeadAgency; reason?: string | null | undefined } | null | undefined;
  /** The moment of recording; default now. */
  now?: Date | undefined;
  ip?: string | null | undefined;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';
/** A little leeway for clocks on other systems. */
const FUTURE_LEEWAY_MS = 5 * 60_000;

function realPastDate(s: string, now: Date): 'bad' | 'future' | 'ok' {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return 'bad';
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) return 'bad';
  return d.getTime() > now.getTime() ? 'future' : 'ok';
}

/** Rules on the input alone. @throws ReportInputError naming the first field at fault. */
export function checkInputShape(input: RecordIncidentInput, now: Date): void {
  const reportedAt = input.reportedAt ?? now;
  if (reportedAt.getTime() > now.getTime() + FUTURE_LEEWAY_MS)
    throw new ReportInputError('reportedAt', 'The date reported must be today or in the past');
  const from = input.occurredFrom ?? null;
  const to = input.occurredTo ?? null;
  if (from && from.getTime() > reportedAt.getTime() + FUTURE_LEEWAY_MS) {
    throw new ReportInputError('occurredFrom', 'The date the incident started must be the same as or before the date it was reported');
  }
  if (from && to && to.getTime() < from.getTime()) {
    throw new ReportInputError('occurredTo', 'The date the incident ended must be the same as or after the date it started');
  }
  if (input.category != null && !isCategory(input.category)) throw new ReportInputError('category', 'Select a category');
  const loc = input.location;
  const hasLat = loc?.lat != null;
  const hasLon = loc?.lon != null;
  if (hasLat !== hasLon) throw new ReportInputError(hasLat ? 'location.lon' : 'location.lat', 'Enter both the latitude and the longitude');
  if (hasLat && !(Number.isFinite(loc!.lat) && Math.abs(loc!.lat!) <= 90))
    throw new ReportInputError('location.lat', 'Latitude must be between -90 and 90');
  if (hasLon && !(Number.isFinite(loc!.lon) && Math.abs(loc!.lon!) <= 180))
    throw new ReportInputError('location.lon', 'Longitude must be between -180 and 180');
  input.parties.forEach((p, i) => {
    if ('personId' in p) {
      if (!isUuid(p.personId)) throw new ReportInputError(`parties.${i}.personId`, 'Choose the person from the search results');
      return;
    }
    if (blank(p.person.forename)) throw new ReportInputError(`parties.${i}.person.forename`, 'Enter the first name');
    if (blank(p.person.surname)) throw new ReportInputError(`parties.${i}.person.surname`, 'Enter the last name');
    const dob = p.person.dateOfBirth?.trim();
    if (dob) {
      const v = realPastDate(dob, now);
      if (v === 'bad') throw new ReportInputError(`parties.${i}.person.dateOfBirth`, 'Date of birth must be a real date');
      if (v === 'future') throw new ReportInputError(`parties.${i}.person.dateOfBirth`, 'Date of birth must be in the past');
    }
  });
}

/**
 * Rules that read reference data and people (one query each, only for what was given).
 * @throws ReportInputError for an unknown incident type, district, person, questionnaire version
 *   or vulnerability factor.
 */
export async function checkInputReferences(
  db: Kysely<Database>,
  input: RecordIncidentInput,
  questionnaire: CallHandlingQuestionnaire,
): Promise<void> {
  const type = input.incidentTypeCode;
  const district = input.districtCode;
  const personIds = input.parties.flatMap((p) => ('personId' in p ? [p.personId] : []));
  const [typeRow, districtKnown, people] = await Promise.all([
    type ? findIncidentType(db, type) : undefined,
    district ? districtExists(db, district) : false,
    personIds.length ? existingPersonIds(db, personIds) : [],
  ]);
  if (type && !typeRow?.active) throw new ReportInputError('incidentType', 'Select an incident type from the list');
  if (district && !districtKnown) throw new ReportInputError('districtCode', 'Select a district from the list');
  const known = new Set(people);
  const missing = input.parties.findIndex((p) => 'personId' in p && !known.has(p.personId));
  if (missing >= 0) throw new ReportInputError(`parties.${missing}.personId`, 'No person with this id is known');
  if (input.questionnaireVersion !== undefined && input.questionnaireVersion !== questionnaire.version) {
    if (!(await questionnaireVersionExists(db, input.questionnaireVersion)))
      throw new ReportInputError('questionnaireVersion', 'No call-handling questionnaire has this version');
  }
  const options = questionnaire.questions.find((q) => q.kind === 'factors')?.options ?? [];
  const bad = vulnerabilityFactorsOf(input.callAnswers).find((f) => !options.some((o) => o.code === f));
  if (bad !== undefined) throw new ReportInputError('callAnswers.vulnerabilityFactors', 'Select vulnerability factors from the list');
}
