/**
 * When each piece of case oversight is due (issue 4): risk assessments (victim, perpetrator,
 * case), the supervisory review, and victim contact. One rule for the case page, the work queues,
 * the compliance figures and the weekly lists, so they never disagree. Pure: the caller loads
 * the case's facts (db/repositories/case-facts.ts) and passes today's Europe/London date.
 * dueDates gives the dates alone, which services/cases/refresh-case-due.ts stores so the queues
 * can filter and count in SQL (dueBounds says how to compare them).
 *
 * Every date is a Europe/London calendar date 'YYYY-MM-DD' and every interval calendar days
 * (CaseSettings, domain/cases/settings.ts), so a clock change never moves a due date. Something
 * "due on" D is on time when done on D, overdue from D + 1.
 *
 * Rules and sources:
 * - Risk assessments are due when the case opens, again when a new incident is linked, and at
 *   the review interval for the level of the latest (issue 4; DOMAIN.md §4.2: "complete an initial
 *   assessment at first contact/case creation and review periodically or when risk changes";
 *   LLR action plan action 2b: victim, perpetrator and case assessments completed and reviewed).
 *   One case assessment; one per victim and one per perpetrator on the case, from when they were
 *   added. A new assessment is due `riskAssessmentDueDays` after its trigger.
 * - Supervisory review at least every `supervisoryReviewDays` (LLR action plan action 2c: 28 days):
 *   first due that long after opening; then on the next review date the supervisor set.
 * - Victim contact as often as the victim's contact plan says, else every `defaultContactDays`
 *   (Victims' Code: frequency agreed with the victim, DOMAIN.md §5.1). Only contacts made count;
 *   an attempt does not update the victim.
 * A closed case owes nothing.
 */
import type { CasePartyRole, RiskKind, RiskLevel } from '../../db/schema.js';
import { addCalendarDays } from '../checks/calendar.js';
import type { CaseSettings } from './settings.js';

/**
 * - missing: never done and past its due date (risk assessment with none completed; contact
 *   never made)
 * - overdue: past its due date
 * - due_soon: due within `dueSoonDays` (or today)
 * - in_date: not due yet
 */
export type DueState = 'missing' | 'overdue' | 'due_soon' | 'in_date';

export interface CaseFacts {
  /** London date the case opened. */
  openedOn: string;
  closed: boolean;
  /** Parties currently on the case (not removed), with the London date each was added. */
  parties: readonly { personId: string; role: CasePartyRole; addedOn: string }[];
  /** London dates incidents were linked to the case (those linked at opening included). */
  incidentLinkedOn: readonly string[];
  /** Completed risk assessments. personId null for the case assessment. */
  assessments: readonly { kind: RiskKind; personId: string | null; completedOn: string; level: RiskLevel }[];
  /** Supervisory reviews done. */
  reviews: readonly { reviewedOn: string; nextReviewOn: string }[];
  /** Contact plans (any order; the newest `createdAt` per person is in force). */
  contactPlans: readonly { personId: string; frequencyDays: number; agreedOn: string; createdAt: Date }[];
  /** Contacts logged. */
  contacts: readonly { personId: string; contactedOn: string; outcome: 'made' | 'attempted' }[];
}

export interface RiskAssessmentDue {
  kind: RiskKind;
  /** The victim or perpetrator; null for the case assessment. */
  personId: string | null;
  state: DueState;
  dueOn: string;
  /** Latest completed assessment for this subject, if any. */
  lastCompletedOn: string | null;
  lastLevel: RiskLevel | null;
  /** Why it is due: 'case opened', 'added to the case', 'new incident linked', 'review for high risk'. */
  reason: string;
}

export interface ReviewDue {
  state: DueState;
  dueOn: string;
  lastReviewedOn: string | null;
}

export interface ContactDue {
  personId: string;
  state: DueState;
  dueOn: string;
  hasPlan: boolean;
  frequencyDays: number;
  lastContactOn: string | null;
}

export interface CaseDue {
  riskAssessments: RiskAssessmentDue[];
  review: ReviewDue | null;
  contacts: ContactDue[];
}

const LEVEL_RANK: Record<RiskLevel, number> = { standard: 0, medium: 1, high: 2 };

const max = (dates: readonly string[]): string => dates.reduce((a, b) => (b > a ? b : a));

/** The state of something due on `dueOn`, judged on `today`. `everDone` false turns overdue into missing. */
export function dueState(dueOn: string, today: string, dueSoonDays: number, everDone = true): DueState {
  if (today > dueOn) return everDone ? 'overdue' : 'missing';
  if (addCalendarDays(today, dueSoonDays) >= dueOn) return 'due_soon';
  return 'in_date';
}

function riskDue(
  facts: CaseFacts,
  kind: RiskKind,
  personId: string | null,
  since: string,
  s: CaseSettings,
  today: string,
): RiskAssessmentDue {
  const linkedAfter = facts.incidentLinkedOn.filter((d) => d > since);
  const trigger = max([since, ...linkedAfter]);
  const done = facts.assessments
    .filter((a) => a.kind === kind && a.personId === personId)
    // Latest first; of two completed the same day, the higher level (the sooner reassessment), so
    // the answer never depends on the order the facts were loaded in.
    .sort((a, b) => b.completedOn.localeCompare(a.completedOn) || LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
  const last = done[0];
  const base = { kind, personId, lastCompletedOn: last?.completedOn ?? null, lastLevel: last?.level ?? null };
  if (!last || last.completedOn < trigger) {
    const dueOn = addCalendarDays(trigger, s.riskAssessmentDueDays);
    const reason = trigger === since ? (personId && since > facts.openedOn ? 'added to the case' : 'case opened') : 'new incident linked';
    return { ...base, dueOn, state: dueState(dueOn, today, s.dueSoonDays, !!last), reason };
  }
  const dueOn = addCalendarDays(last.completedOn, s.riskReviewDays[last.level]);
  return { ...base, dueOn, state: dueState(dueOn, today, s.dueSoonDays), reason: `review for ${last.level} risk` };
}

/**
 * What the case owes and when, on London date `today`.
 * @returns riskAssessments: the case assessment first, then one per victim, then per perpetrator
 *   (a person in both roles gets both); review: null when closed; contacts: one per victim.
 *   All empty/null for a closed case.
 */
export function caseDue(facts: CaseFacts, settings: CaseSettings, today: string): CaseDue {
  if (facts.closed) return { riskAssessments: [], review: null, contacts: [] };
  const partiesIn = (role: CasePartyRole) => {
    const first = new Map<string, string>();
    for (const p of facts.parties)
      if (p.role === role && (!first.has(p.personId) || p.addedOn < first.get(p.personId)!)) first.set(p.personId, p.addedOn);
    return [...first].map(([personId, addedOn]) => ({ personId, since: addedOn > facts.openedOn ? addedOn : facts.openedOn }));
  };
  const victims = partiesIn('victim');
  const riskAssessments = [
    riskDue(facts, 'case', null, facts.openedOn, settings, today),
    ...victims.map((v) => riskDue(facts, 'victim', v.personId, v.since, settings, today)),
    ...partiesIn('perpetrator').map((p) => riskDue(facts, 'perpetrator', p.personId, p.since, settings, today)),
  ];

  // Latest first; of two on the same day, the sooner next review date (order-independent).
  const lastReview = [...facts.reviews].sort(
    (a, b) => b.reviewedOn.localeCompare(a.reviewedOn) || a.nextReviewOn.localeCompare(b.nextReviewOn),
  )[0];
  const reviewDueOn = lastReview
    ? minDate(lastReview.nextReviewOn, addCalendarDays(lastReview.reviewedOn, settings.supervisoryReviewDays))
    : addCalendarDays(facts.openedOn, settings.supervisoryReviewDays);
  const review = {
    dueOn: reviewDueOn,
    state: dueState(reviewDueOn, today, settings.dueSoonDays),
    lastReviewedOn: lastReview?.reviewedOn ?? null,
  };

  const contacts = victims.map((v): ContactDue => {
    const plan = [...facts.contactPlans]
      .filter((p) => p.personId === v.personId)
      .sort(
        (a, b) =>
          b.createdAt.getTime() - a.createdAt.getTime() || b.agreedOn.localeCompare(a.agreedOn) || a.frequencyDays - b.frequencyDays,
      )[0];
    const made = facts.contacts.filter((c) => c.personId === v.personId && c.outcome === 'made').map((c) => c.contactedOn);
    const lastContactOn = made.length ? max(made) : null;
    const frequencyDays = plan?.frequencyDays ?? settings.defaultContactDays;
    const from = max([v.since, ...(plan ? [plan.agreedOn] : []), ...(lastContactOn ? [lastContactOn] : [])]);
    const dueOn = addCalendarDays(from, frequencyDays);
    return {
      personId: v.personId,
      dueOn,
      hasPlan: !!plan,
      frequencyDays,
      lastContactOn,
      state: dueState(dueOn, today, settings.dueSoonDays, !!lastContactOn),
    };
  });
  return { riskAssessments, review, contacts };
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** True when the state needs action now (missing or overdue). */
export function isLate(state: DueState): boolean {
  return state === 'missing' || state === 'overdue';
}

/**
 * What the projection (migration 004 `case_due` and `case_contact_due`, kept by
 * services/cases/refresh-case-due.ts) stores for one case: its due dates, which never depend on
 * today, so queues and compliance figures can judge them in SQL with `dueBounds`.
 */
export interface CaseDueDates {
  /** The earliest due date among the risk assessments the case owes; null when closed. */
  riskDueOn: string | null;
  /** How many of those assessments have never been completed (0 when closed). */
  riskNeverDone: number;
  /** The next supervisory review; null when closed. */
  reviewDueOn: string | null;
  /** The earliest next contact among the victims; null when closed or there is no victim. */
  contactDueOn: string | null;
  /** One per victim, in caseDue's order; empty when closed. */
  contacts: { personId: string; dueOn: string; hasPlan: boolean; everMade: boolean }[];
}

/**
 * The due dates of a case, exactly as caseDue gives them (derived from it, so the rule stays one).
 * Judging them on a date: the review's state is dueState(reviewDueOn, today, dueSoonDays); a
 * victim's is dueState(dueOn, today, dueSoonDays, everMade); the risk assessments need attention
 * when riskDueOn <= soonUntil and some are late when riskDueOn < today (dueBounds). Which late
 * assessment is missing rather than overdue takes the full caseDue (riskNeverDone > 0 is
 * necessary, not sufficient): only the rows a page lists are judged that way.
 */
export function dueDates(facts: CaseFacts, settings: CaseSettings): CaseDueDates {
  if (facts.closed) return { riskDueOn: null, riskNeverDone: 0, reviewDueOn: null, contactDueOn: null, contacts: [] };
  // Any date will do for `today`: it decides only the states, which are not kept.
  const due = caseDue(facts, settings, facts.openedOn);
  const earliest = (dates: string[]) => (dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null);
  return {
    riskDueOn: earliest(due.riskAssessments.map((r) => r.dueOn)),
    riskNeverDone: due.riskAssessments.filter((r) => r.lastCompletedOn === null).length,
    reviewDueOn: due.review?.dueOn ?? null,
    contactDueOn: earliest(due.contacts.map((c) => c.dueOn)),
    contacts: due.contacts.map((c) => ({ personId: c.personId, dueOn: c.dueOn, hasPlan: c.hasPlan, everMade: c.lastContactOn !== null })),
  };
}

/**
 * The two dates stored due dates are compared with on London date `today`, the same comparisons
 * as dueState: something due on D is late (overdue or missing) when D < today, and needs
 * attention (due soon or late: not in date) when D <= soonUntil (today + dueSoonDays).
 */
export function dueBounds(today: string, settings: Pick<CaseSettings, 'dueSoonDays'>): { today: string; soonUntil: string } {
  return { today, soonUntil: addCalendarDays(today, settings.dueSoonDays) };
}
