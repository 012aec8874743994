/**
 * The report as recordIncident takes it: the caller first (an existing person or a new one),
 * then the other people (each a person already known when matched, otherwise a new person), the place, the flags, the call-handling answers with
 * their version and the lead agency the call handler settled on.
 */
import type { LeadAgency, LeadAgencySuggestion } from '../../../../domain/lead-agency/suggest-lead-agency.js';
import type { RecordIncidentInput, RecordPartyInput } from '../../../../services/report/record-incident.js';
import { MAP_LABEL } from '../what-and-where/place.js';
import type { Step } from '../../_shared/report-page.js';
import type { ReadReport } from './read-draft.js';

/** Why the lead is what it is: the suggestion's reason, or that staff changed it. */
export function leadReason(lead: LeadAgency, suggestion: LeadAgencySuggestion): string {
  if (lead === suggestion.lead) return suggestion.reason;
  return `Changed by staff from the suggestion (${suggestion.lead === 'police' ? 'police-led' : 'partner-led'})`;
}

/** The recordIncident input for a read draft. */
export function recordInput(
  report: ReadReport,
  lead: LeadAgency,
  suggestion: LeadAgencySuggestion,
  ip: string | null,
): RecordIncidentInput {
  const { choice, what, answers, questionnaire } = report;
  const caller: RecordPartyInput = choice.newPerson
    ? { role: choice.role, person: choice.newPerson }
    : { role: choice.role, personId: choice.personId };
  const others: RecordPartyInput[] = what.parties.map((p) =>
    p.personId
      ? { role: p.role, personId: p.personId }
      : { role: p.role, person: { forename: p.forename, surname: p.surname, dateOfBirth: p.dateOfBirth } },
  );
  const { place } = what;
  const text = place.address ?? (place.label && place.label !== MAP_LABEL ? place.label : null);
  return {
    reportedAt: what.reportedAt,
    occurredFrom: what.occurredFrom,
    occurredTo: what.occurredTo,
    category: what.category,
    incidentTypeCode: what.incidentTypeCode,
    description: what.description,
    location: { lat: place.lat, lon: place.lon, text },
    districtCode: place.districtCode,
    hateRelated: answers.hateRelated === true,
    crimeLinked: what.crimeLinked,
    crimeReference: what.crimeReference,
    childInvolved: what.childInvolved,
    parties: [caller, ...others],
    callAnswers: answers,
    questionnaireVersion: questionnaire.version,
    leadAgency: { lead, reason: leadReason(lead, suggestion) },
    ip,
  };
}

/**
 * Where to fix a field recordIncident refused (its API path, e.g. 'parties.1.person.surname'):
 * the caller is party 0 on the "who" page; answers on the questions page; the rest on
 * what-and-where.
 */
export function stepForField(field: string): Step {
  if (field.startsWith('parties.0.')) return 'who';
  if (field.startsWith('callAnswers') || field === 'questionnaireVersion') return 'questions';
  return 'what-and-where';
}
