/**
 * The optional particulars of an intervention (dates, authority, court, youth justice, trigger
 * event, ladder skip reason), none given: the base a proposal is built on before the particulars
 * of its type are filled in (demo plans, tests).
 */
import type { InterventionProposal } from './types.js';

type Particular =
  | 'terms'
  | 'servedAt'
  | 'startsOn'
  | 'endsOn'
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
  | 'triggerEventOn'
  | 'firstTimeEntrant'
  | 'skipReason';

/** Every optional particular as null. */
export const NO_PARTICULARS: { readonly [K in Particular]-?: null } = {
  terms: null,
  servedAt: null,
  startsOn: null,
  endsOn: null,
  endsAt: null,
  complianceDueOn: null,
  reviewOn: null,
  linkedInterventionId: null,
  authorisedByRank: null,
  authorisedInWriting: null,
  grounds: null,
  court: null,
  hearingAt: null,
  youthJusticeConsultedOn: null,
  youthJusticeViews: null,
  convictionReference: null,
  triggerEvent: null,
  triggerEventOn: null,
  firstTimeEntrant: null,
  skipReason: null,
} satisfies Pick<InterventionProposal, Particular>;
