/**
 * The shapes the tools-and-powers rules work on (issue 5; DOMAIN.md §2.1–2.3). Pure types: the
 * rules are in check-intervention.ts (preconditions, refusals with reasons), deadlines.ts (appeal
 * windows, durations, hearing times) and ladder.ts (the Incremental Approach: what has been tried,
 * the suggested next step, tiers skipped). The service loads an InterventionContext from the
 * database and calls checkIntervention(proposal, context) before recording anything; a refusal is
 * shown to the user with its reason and source, never a silent failure.
 *
 * Dates are Europe/London calendar dates 'YYYY-MM-DD'; instants are Date objects where the law
 * counts hours (closure notices, dispersal). Intervention type codes the rules know are in
 * KNOWN_TYPES (default-types.ts); a type added by an administrator without code is recorded with
 * the generic rules only (subject kind, dates in order).
 */
import type { InterventionOutcome, SubjectKind } from '../../db/schema.js';

/** An intervention type from the register (reference data). */
export interface InterventionTypeInfo {
  code: string;
  name: string;
  /** Rung on the Incremental Approach ladder; null when not a step against a person. */
  tier: number | null;
  statutory: boolean;
  subjectKinds: readonly SubjectKind[];
  legalSource: string | null;
}

/** An intervention already recorded, as the rules see it. */
export interface InterventionRecord {
  id: string;
  caseId: string;
  typeCode: string;
  subjectKind: SubjectKind;
  personId: string | null;
  subjectText: string | null;
  conduct: string;
  issuedOn: string;
  servedAt: Date | null;
  startsOn: string | null;
  endsOn: string | null;
  endsAt: Date | null;
  complianceDueOn: string | null;
  linkedInterventionId: string | null;
  authorisedByRank: string | null;
  authorisedInWriting: boolean | null;
  grounds: string | null;
  outcome: InterventionOutcome | null;
  outcomeOn: string | null;
  /** When it takes effect where the law counts hours (dispersal, closure notice); falls back to servedAt. */
  startsAt?: Date | null;
  /** Terms or requirements (a CPN's should mirror its CPW's [S29b]). */
  terms?: string | null;
  /** The subject's date of birth when a person and known (under-18 deadlines such as CBO reviews). */
  subjectDateOfBirth?: string | null;
  /** Time of the (first) court hearing, e.g. the closure order hearing. */
  hearingAt?: Date | null;
}

/** What the user asks to record. */
export interface InterventionProposal {
  typeCode: string;
  subjectKind: SubjectKind;
  personId: string | null;
  /** The subject's date of birth when a person and known (age rules). */
  subjectDateOfBirth: string | null;
  subjectText: string | null;
  conduct: string;
  terms: string | null;
  issuedOn: string;
  servedAt: Date | null;
  startsOn: string | null;
  endsOn: string | null;
  endsAt: Date | null;
  complianceDueOn: string | null;
  reviewOn: string | null;
  linkedInterventionId: string | null;
  authorisedByRank: string | null;
  authorisedInWriting: boolean | null;
  grounds: string | null;
  court: string | null;
  hearingAt: Date | null;
  youthJusticeConsultedOn: string | null;
  youthJusticeViews: string | null;
  convictionReference: string | null;
  triggerEvent: string | null;
  /**
   * Absolute ground for possession: the London date of the trigger event (the conviction, the
   * court's finding or the closure order), from which the time to give the notice runs. Optional
   * for the other types; required for possession by checkAbsolutePossession (rules-court.ts).
   */
  triggerEventOn?: string | null;
  firstTimeEntrant: boolean | null;
  skipReason: string | null;
  /** When it takes effect where the law counts hours (dispersal, closure notice); falls back to servedAt. */
  startsAt?: Date | null;
}

/** Everything the rules need besides the proposal. */
export interface InterventionContext {
  /** London date of the decision (normally today). */
  today: string;
  now: Date;
  /** Interventions on this case and, for a person, against them on any case the actor may see. */
  history: readonly InterventionRecord[];
  types: readonly InterventionTypeInfo[];
  settings: PowersSettings;
  /**
   * For a person subject: whether a parent or guardian is recorded as a party of the case (the
   * service tells the rules; undefined when not known). Used only for a warning on under-18s [DOMAIN.md §8].
   */
  subjectHasParentOrGuardian?: boolean | null;
}

/** A reason a proposal is refused (blocking) or a warning (shown, not blocking). */
export interface RuleFinding {
  /** The form field it concerns ('form' when none), for the GOV.UK error summary. */
  field: string;
  /** In GOV.UK wording: "A Community Protection Notice needs an earlier written Community Protection Warning to the same person". */
  message: string;
  /** The rule's source, e.g. "s.43(5) ASB, Crime and Policing Act 2014 [S25]". */
  source: string;
}

/** A deadline computed for an intervention, shown on the case. */
export interface Deadline {
  code: string;
  /** e.g. "Last day to appeal to the magistrates' court". */
  label: string;
  /** London date, or null when `at` is the deadline. */
  on: string | null;
  at: Date | null;
  source: string;
}

export interface RuleResult {
  refusals: RuleFinding[];
  warnings: RuleFinding[];
  deadlines: Deadline[];
}

/**
 * LOCAL or UNVERIFIED rules as configuration with safe defaults (DOMAIN.md conventions); stored in
 * rule_settings key 'powers' and merged over DEFAULT_POWERS_SETTINGS (settings.ts).
 */
export interface PowersSettings {
  /** CBO duration bounds (Sentencing Code s.334; primary text UNVERIFIED, DOMAIN.md §2.1 note). */
  cbo: { adultMinYears: number; youthMinYears: number; youthMaxYears: number };
  /** Months within which an absolute-ground possession notice follows a conviction or finding (UNVERIFIED: 12). */
  possessionNoticeMonths: number;
  /** Minimum age for a PSPO fixed penalty under local enforcement policy (UNVERIFIED: none in statute → null). */
  pspoMinAge: number | null;
}
