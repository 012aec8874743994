/**
 * Which fields the "Record an action" form shows for each type of intervention: the particulars
 * the law asks for (DOMAIN.md §2.1–2.2) and nothing else. A type an administrator added without
 * code gets the generic fields. The template loops over the list; it holds no per-type logic.
 */
import { KNOWN_TYPES } from '../../../../../domain/powers/default-types.js';

/** A form field, named as the proposal names it (domain/powers/types.ts InterventionProposal). */
export type FieldKey =
  | 'terms'
  | 'startsOn'
  | 'endsOn'
  | 'servedAt'
  | 'endsAt'
  | 'complianceDueOn'
  | 'reviewOn'
  | 'linkedInterventionId'
  | 'authorisedByRank'
  | 'authorisedInWriting'
  | 'grounds'
  | 'court'
  | 'hearingAt'
  | 'youthJusticeConsultedOn'
  | 'youthJusticeViews'
  | 'convictionReference'
  | 'triggerEvent'
  | 'triggerEventOn';

/** Date-only fields (GOV.UK date input, London dates). */
export const DATE_FIELDS = [
  'issuedOn',
  'startsOn',
  'endsOn',
  'complianceDueOn',
  'reviewOn',
  'youthJusticeConsultedOn',
  'triggerEventOn',
] as const;
/** Fields where hours count (date input plus a time), read as London wall-clock instants. */
export const DATE_TIME_FIELDS = ['servedAt', 'endsAt', 'hearingAt'] as const;

export type DateFieldKey = (typeof DATE_FIELDS)[number];
export type DateTimeFieldKey = (typeof DATE_TIME_FIELDS)[number];

const K = KNOWN_TYPES;
const COURT_ORDER: FieldKey[] = ['terms', 'court', 'startsOn', 'endsOn', 'reviewOn'];
const YOUTH: FieldKey[] = ['youthJusticeConsultedOn', 'youthJusticeViews'];

/** Fields after subject, officer, conduct and issue date, per type code. */
export const FIELDS_BY_TYPE: Record<string, readonly FieldKey[]> = {
  [K.advice]: ['reviewOn'],
  [K.warningLetter]: ['terms', 'reviewOn'],
  [K.abc]: ['terms', 'startsOn', 'endsOn', 'reviewOn'],
  [K.mediation]: ['terms', 'reviewOn'],
  [K.restorativeJustice]: ['terms', 'reviewOn'],
  [K.parentingContract]: ['terms', 'startsOn', 'endsOn', 'reviewOn'],
  [K.supportReferral]: ['terms', 'reviewOn'],
  [K.communityRemedy]: ['terms', 'reviewOn'],
  [K.cpw]: ['terms', 'complianceDueOn', 'authorisedInWriting', 'reviewOn'],
  [K.cpn]: ['linkedInterventionId', 'terms', 'reviewOn'],
  [K.cpnFpn]: ['linkedInterventionId', 'terms'],
  [K.civilInjunction]: [...COURT_ORDER, ...YOUTH],
  [K.cbo]: ['convictionReference', ...COURT_ORDER, ...YOUTH],
  [K.absolutePossession]: ['triggerEvent', 'triggerEventOn', 'court', 'terms'],
  [K.closureNotice]: ['servedAt', 'endsAt', 'authorisedByRank', 'authorisedInWriting', 'grounds', 'hearingAt', 'terms'],
  [K.closureOrder]: ['linkedInterventionId', 'court', 'startsOn', 'endsOn', 'terms'],
  [K.closureOrderExtension]: ['linkedInterventionId', 'court', 'endsOn'],
  [K.dispersalAuthorisation]: ['servedAt', 'endsAt', 'authorisedByRank', 'authorisedInWriting', 'grounds'],
  [K.dispersalDirection]: ['linkedInterventionId', 'servedAt', 'endsAt', 'terms'],
  [K.pspo]: ['terms', 'startsOn', 'endsOn', 'reviewOn'],
};

const GENERIC: readonly FieldKey[] = ['terms', 'startsOn', 'endsOn', 'reviewOn'];

/** The types a linked intervention may be, per type (CPN → CPW, direction → authorisation, order → notice). */
export const LINKED_TYPES: Record<string, readonly string[]> = {
  [K.cpn]: [K.cpw],
  [K.cpnFpn]: [K.cpn],
  [K.dispersalDirection]: [K.dispersalAuthorisation],
  [K.closureOrder]: [K.closureNotice],
  [K.closureOrderExtension]: [K.closureOrder, K.closureOrderExtension],
};

export function fieldsFor(typeCode: string): readonly FieldKey[] {
  return FIELDS_BY_TYPE[typeCode] ?? GENERIC;
}

/** Labels in the users' words, with a hint where the law sets a limit. */
export const FIELD_LABELS: Record<FieldKey | 'issuedOn' | 'conduct' | 'skipReason' | 'firstTimeEntrant', { label: string; hint?: string }> =
  {
    issuedOn: { label: 'Date issued, served, made or agreed' },
    conduct: { label: 'The conduct it addresses', hint: 'What the person or organisation has been doing, and its effect on others' },
    terms: { label: 'Terms, requirements or prohibitions (optional)' },
    startsOn: { label: 'Start date (optional)' },
    endsOn: { label: 'End date (optional)', hint: 'Leave blank if it has no fixed end' },
    servedAt: { label: 'Served or given at', hint: 'The date and time, for example 27 3 2026 and 14:30' },
    endsAt: { label: 'Ends at', hint: 'The date and time it ends' },
    complianceDueOn: { label: 'Time to comply ends on', hint: 'The date by which the conduct must stop' },
    reviewOn: { label: 'Review date (optional)' },
    linkedInterventionId: { label: 'The earlier action it follows' },
    authorisedByRank: { label: 'Authorised by' },
    authorisedInWriting: { label: 'Was it given or authorised in writing?' },
    grounds: { label: 'Grounds' },
    court: { label: 'Court' },
    hearingAt: { label: 'Court hearing at', hint: 'The date and time of the closure order hearing' },
    youthJusticeConsultedOn: {
      label: 'Youth justice service consulted on',
      hint: 'Needed before the application when the subject is under 18',
    },
    youthJusticeViews: { label: 'Youth justice service views' },
    convictionReference: { label: 'Conviction it follows', hint: 'For example the court case number' },
    triggerEvent: { label: 'Trigger event' },
    triggerEventOn: {
      label: 'Date of the trigger event',
      hint: 'The day of the conviction, the court’s finding or the closure order; if there was an appeal, the day it was decided or abandoned',
    },
    skipReason: {
      label: 'Why were the earlier steps on the ladder not used?',
      hint: 'Skipping steps is allowed when it is proportionate; record why',
    },
    firstTimeEntrant: { label: 'Is this their first entry into the youth justice system?', hint: 'Only for a subject under 18' },
  };

export const COURTS = [
  { value: 'youth', text: 'Youth court' },
  { value: 'magistrates', text: 'Magistrates’ court' },
  { value: 'county', text: 'County court' },
  { value: 'crown', text: 'Crown Court' },
  { value: 'high', text: 'High Court' },
];
