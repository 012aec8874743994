/**
 * The seed of the intervention-type register (issue 5; DOMAIN.md §2.1, §2.3). Reference data:
 * administrators may edit names, tiers and descriptions and add types without code (e.g. Respect
 * Orders, if enacted); a type whose code is not in KNOWN_TYPES is checked with the generic rules
 * only (check-intervention.ts).
 *
 * Tiers are LOCAL: the LLR example ladder (Harborough DC, DOMAIN.md §2.3 [S45]) is
 * 1 advice / verbal warning → 2 warning letter → 3 Acceptable Behaviour Contract (with mediation,
 * restorative justice, parenting contract, support referral and Community Remedy alongside) →
 * 4 Community Protection Warning → 5 Community Protection Notice (and fixed penalty) → 6 court
 * (civil injunction, Criminal Behaviour Order, possession). Premises and area measures (closure,
 * dispersal, PSPO) are not steps against a person: tier null. The ladder is a suggestion, never
 * forced; only legal preconditions block (DOMAIN.md §2.3 [S46]).
 */
import type { InterventionTypeInfo } from './types.js';

/** A register entry as seeded, with its one-line description. */
export interface DefaultInterventionType extends InterventionTypeInfo {
  description: string;
}

/** Codes the rules know (check-intervention.ts, deadlines.ts). */
export const KNOWN_TYPES = {
  advice: 'advice',
  warningLetter: 'warning_letter',
  abc: 'abc',
  mediation: 'mediation',
  restorativeJustice: 'restorative_justice',
  parentingContract: 'parenting_contract',
  supportReferral: 'support_referral',
  communityRemedy: 'community_remedy',
  cpw: 'cpw',
  cpn: 'cpn',
  cpnFpn: 'cpn_fpn',
  civilInjunction: 'civil_injunction',
  cbo: 'cbo',
  closureNotice: 'closure_notice',
  closureOrder: 'closure_order',
  closureOrderExtension: 'closure_order_extension',
  dispersalAuthorisation: 'dispersal_authorisation',
  dispersalDirection: 'dispersal_direction',
  pspo: 'pspo',
  absolutePossession: 'absolute_possession',
} as const;

export type KnownTypeCode = (typeof KNOWN_TYPES)[keyof typeof KNOWN_TYPES];

/** Diversion options shown first for a subject under 18 (DOMAIN.md §8, §2.3 [S49][S46]). */
export const DIVERSION_TYPE_CODES: readonly KnownTypeCode[] = ['support_referral', 'restorative_justice', 'parenting_contract'];

const ACT_2014 = 'Anti-social Behaviour, Crime and Policing Act 2014';

/** The register seed, in ladder order (sort_order is the index). */
export const DEFAULT_INTERVENTION_TYPES: DefaultInterventionType[] = [
  {
    code: 'advice',
    name: 'Advice or verbal warning',
    tier: 1,
    statutory: false,
    subjectKinds: ['person'],
    legalSource: null,
    description: 'Advice or a verbal warning about the behaviour, recorded on the case (LLR stage 1).',
  },
  {
    code: 'warning_letter',
    name: 'Warning letter',
    tier: 2,
    statutory: false,
    subjectKinds: ['person', 'body'],
    legalSource: null,
    description: 'A letter warning that further action may follow if the behaviour continues (LLR stage 2).',
  },
  {
    code: 'abc',
    name: 'Acceptable Behaviour Contract',
    tier: 3,
    statutory: false,
    subjectKinds: ['person'],
    legalSource: 'Home Office guidance on Acceptable Behaviour Contracts and Agreements (2007)',
    description:
      'A voluntary written agreement (also called an Acceptable Behaviour Agreement); a parent or guardian co-signs for under-18s.',
  },
  {
    code: 'mediation',
    name: 'Mediation',
    tier: 3,
    statutory: false,
    subjectKinds: ['person'],
    legalSource: null,
    description: 'Mediation between the parties; needs the consent of everyone taking part.',
  },
  {
    code: 'restorative_justice',
    name: 'Restorative justice',
    tier: 3,
    statutory: false,
    subjectKinds: ['person'],
    legalSource: null,
    description: 'A restorative justice or restorative practice intervention.',
  },
  {
    code: 'parenting_contract',
    name: 'Parenting contract',
    tier: 3,
    statutory: false,
    subjectKinds: ['person'],
    legalSource: 'Anti-social Behaviour Act 2003, s.25',
    description: 'A voluntary contract with the parent or guardian of a child involved in anti-social behaviour.',
  },
  {
    code: 'support_referral',
    name: 'Support referral',
    tier: 3,
    statutory: false,
    subjectKinds: ['person'],
    legalSource: null,
    description: 'A referral to a support service (for example drug, alcohol, mental health or youth services).',
  },
  {
    code: 'community_remedy',
    name: 'Community Remedy',
    tier: 3,
    statutory: true,
    subjectKinds: ['person'],
    legalSource: `${ACT_2014}, ss.101–103`,
    description:
      'An out-of-court action from the police and crime commissioner’s community remedy document; the victim’s views are sought first.',
  },
  {
    code: 'cpw',
    name: 'Community Protection Warning',
    tier: 4,
    statutory: true,
    subjectKinds: ['person', 'body'],
    legalSource: `${ACT_2014}, s.43(5)`,
    description:
      'A written warning that a Community Protection Notice will follow unless the conduct stops; subject 16 or over, or a body.',
  },
  {
    code: 'cpn',
    name: 'Community Protection Notice',
    tier: 5,
    statutory: true,
    subjectKinds: ['person', 'body'],
    legalSource: `${ACT_2014}, s.43`,
    description: 'A notice requiring the conduct to stop or steps to be taken; needs an earlier written warning; appeal within 21 days.',
  },
  {
    code: 'cpn_fpn',
    name: 'Fixed penalty notice (Community Protection Notice)',
    tier: 5,
    statutory: true,
    subjectKinds: ['person', 'body'],
    legalSource: `${ACT_2014}, s.52`,
    description: 'A fixed penalty of up to £100 for failing to comply with a Community Protection Notice; no proceedings within 14 days.',
  },
  {
    code: 'civil_injunction',
    name: 'Civil injunction',
    tier: 6,
    statutory: true,
    subjectKinds: ['person'],
    legalSource: `${ACT_2014}, Part 1, s.1`,
    description:
      'A court injunction against a person aged 10 or over; for under-18s the youth court, a fixed end within 12 months and youth justice consultation.',
  },
  {
    code: 'cbo',
    name: 'Criminal Behaviour Order',
    tier: 6,
    statutory: true,
    subjectKinds: ['person'],
    legalSource: 'Sentencing Act 2020, ss.330–342',
    description:
      'An order made on conviction on the prosecution’s application; youth justice views for under-18s and a review every 12 months.',
  },
  {
    code: 'absolute_possession',
    name: 'Absolute ground for possession',
    tier: 6,
    statutory: true,
    subjectKinds: ['person'],
    legalSource: 'Housing Act 1985, s.84A; Housing Act 1988, Schedule 2, Ground 7A',
    description: 'Possession proceedings on one of the five trigger events; the tenant may ask for a review within 7 days of the notice.',
  },
  {
    code: 'closure_notice',
    name: 'Closure notice',
    tier: null,
    statutory: true,
    subjectKinds: ['premises'],
    legalSource: `${ACT_2014}, s.76`,
    description:
      'Closes premises for up to 24 hours (48 hours if a superintendent or council chief executive authorises); a closure order hearing must follow within 48 hours.',
  },
  {
    code: 'closure_order',
    name: 'Closure order',
    tier: null,
    statutory: true,
    subjectKinds: ['premises'],
    legalSource: `${ACT_2014}, s.80`,
    description: 'A magistrates’ court order closing premises for up to 3 months; appeal to the Crown Court within 21 days.',
  },
  {
    code: 'closure_order_extension',
    name: 'Extension of closure order',
    tier: null,
    statutory: true,
    subjectKinds: ['premises'],
    legalSource: `${ACT_2014}, s.82`,
    description: 'Extends a closure order on application before it expires; no more than 6 months in total.',
  },
  {
    code: 'dispersal_authorisation',
    name: 'Authorisation to use dispersal powers',
    tier: null,
    statutory: true,
    subjectKinds: ['area'],
    legalSource: `${ACT_2014}, s.34`,
    description: 'An inspector or above authorises dispersal directions in a locality, in writing with grounds, for up to 48 hours.',
  },
  {
    code: 'dispersal_direction',
    name: 'Direction excluding a person from an area',
    tier: null,
    statutory: true,
    subjectKinds: ['person'],
    legalSource: `${ACT_2014}, s.35`,
    description: 'A direction to leave an area and not return for up to 48 hours, given under an authorisation in force.',
  },
  {
    code: 'pspo',
    name: 'Public Spaces Protection Order',
    tier: null,
    statutory: true,
    subjectKinds: ['area'],
    legalSource: `${ACT_2014}, s.59`,
    description:
      'A local authority order restricting activities in a public place for up to 3 years, renewable; High Court challenge within 6 weeks.',
  },
];

/** True when `code` is one the rules know. */
export function isKnownType(code: string): code is KnownTypeCode {
  return (Object.values(KNOWN_TYPES) as string[]).includes(code);
}
