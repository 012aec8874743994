/**
 * The three case-management compliance figures and the weekly lists (issue 4 "Work queues and
 * compliance"), counted from the due rules (domain/cases/due.ts) so the compliance page, its CSV,
 * the weekly emails and the work queues never disagree. Pure: the caller loads each case and its
 * CaseDue for one London date.
 *
 * Definitions (only OPEN cases count; a closed case owes nothing, and is recognised here by
 * `due.review === null`, which caseDue gives only to closed cases):
 * 1. Risk assessments — LLR ASB action plan action 2b ("every case-managed ASB has victim,
 *    perpetrator and case risk assessments completed and reviewed"): the % of open cases whose
 *    case assessment, every victim's and every perpetrator's assessment are all done and in date,
 *    i.e. none is missing or overdue. An assessment not due yet (a case opened yesterday, within
 *    `riskAssessmentDueDays`) is in date. Unit: the case.
 * 2. Supervisory reviews — action 2c ("a supervisory review at least every 28 days"): the % of
 *    open cases whose supervisory review is not overdue. Unit: the case.
 * 3. Victim contact — the Victims' Code (DOMAIN.md §5.1: updated as often and in the way the victim
 *    agreed): the % of victims on open cases whose next contact is neither missing (never made
 *    and past due) nor overdue. Unit: the victim on a case (a person who is a victim on two cases
 *    counts twice). Attempted contacts do not count (due.ts).
 * Each figure has its numerator, denominator and the items behind it (met or not). With a
 * denominator of 0 the percentage is null and shown as "No cases" (or "No victims"), never 0% or
 * 100%. Percentages are rounded down, so 100% means every one.
 *
 * The weekly lists (DESIGN.md §4 flow 4) are what a supervisor must chase: missing risk
 * assessments, overdue risk assessments, overdue supervisory reviews and overdue victim contacts
 * (missing or overdue). They name cases by reference and people only as "Victim 1", never by name.
 *
 * Areas: a case is in area `code` when its NPA or its district is that code (users.area_code
 * holds either); area null is the whole organisation.
 */
import type { RiskKind, RiskLevel } from '../../db/schema.js';
import { isLate, type CaseDue, type DueState } from './due.js';

export interface ComplianceCase {
  id: string;
  reference: string;
  leadOrganisationId: string;
  leadOrganisationName: string;
  npaCode: string | null;
  districtCode: string | null;
  officerName: string | null;
  riskLevel: RiskLevel | null;
  highRisk: boolean;
}

export interface ComplianceInput {
  case: ComplianceCase;
  due: CaseDue;
}

export type Measure = 'risk_assessments' | 'supervisory_review' | 'victim_contact';

export const MEASURE_NAMES: Record<Measure, string> = {
  risk_assessments: 'Risk assessments',
  supervisory_review: 'Supervisory review',
  victim_contact: 'Victim contact',
};

/** One thing behind a figure: a case (risk assessments, review) or a victim on a case (contact). */
export interface ComplianceItem {
  measure: Measure;
  case: ComplianceCase;
  /** 'Case' for a whole-case measure, 'Victim 1'… for a contact (numbered in the case's order). */
  subject: string;
  /** The worst state among the parts (risk assessments), else the item's own. */
  state: DueState;
  /** The due date of the most pressing part. */
  dueOn: string;
  met: boolean;
  /** Risk assessments only: each assessment, e.g. 'Victim 1 assessment: missing'. */
  parts: string[];
}

export interface Figure {
  numerator: number;
  denominator: number;
  /** Items not met: denominator − numerator. */
  notMet: number;
  /** Whole percent, rounded down; null when there is nothing to count. */
  percent: number | null;
  /** '75%', or 'No cases' / 'No victims' when the denominator is 0. */
  shown: string;
  /**
   * The items listed with the figure: every one (complianceFigures: the CSV), or only the first
   * not met (figureOf, as the compliance page lists them); `notMet` counts them all either way.
   */
  items: ComplianceItem[];
}

export interface ComplianceItems {
  riskAssessments: ComplianceItem[];
  reviews: ComplianceItem[];
  contacts: ComplianceItem[];
}

export interface ComplianceFigures {
  riskAssessments: Figure;
  reviews: Figure;
  contacts: Figure;
}

/** A line of a weekly list: the case reference, what is late, and since when. */
export interface WeeklyLine {
  caseId: string;
  reference: string;
  /** 'Case assessment', 'Victim 1 assessment', 'Perpetrator 1 assessment', 'Supervisory review', 'Victim 1 contact'. */
  what: string;
  dueOn: string;
}

export interface WeeklyLists {
  missingRiskAssessments: WeeklyLine[];
  overdueRiskAssessments: WeeklyLine[];
  overdueReviews: WeeklyLine[];
  overdueContacts: WeeklyLine[];
}

const DUE_STATES: Record<DueState, { name: string; tag: string; rank: number }> = {
  missing: { name: 'Missing', tag: 'govuk-tag--red', rank: 3 },
  overdue: { name: 'Overdue', tag: 'govuk-tag--red', rank: 2 },
  due_soon: { name: 'Due soon', tag: 'govuk-tag--yellow', rank: 1 },
  in_date: { name: 'In date', tag: 'govuk-tag--green', rank: 0 },
};

/** The state in staff's words ('Due soon'). */
export function dueStateName(state: DueState): string {
  return DUE_STATES[state].name;
}

/** The GOV.UK tag modifier class for a state: red late, yellow due soon, green in date. */
export function dueStateTag(state: DueState): string {
  return DUE_STATES[state].tag;
}

/** True when the case is in area `code` (its NPA or district), or always when `code` is null. */
export function inArea(c: Pick<ComplianceCase, 'npaCode' | 'districtCode'>, code: string | null): boolean {
  return code === null || c.npaCode === code || c.districtCode === code;
}

/** The numbered label of each risk assessment of a case: 'Case', 'Victim 1', 'Perpetrator 2'. */
function riskLabels(due: CaseDue): string[] {
  const count: Partial<Record<RiskKind, number>> = {};
  return due.riskAssessments.map((r) => {
    if (r.kind === 'case') return 'Case';
    count[r.kind] = (count[r.kind] ?? 0) + 1;
    return `${r.kind === 'victim' ? 'Victim' : 'Perpetrator'} ${count[r.kind]}`;
  });
}

/**
 * A figure from its counts (`numerator` items met of `denominator`), listing `items`.
 * @param nothing what to show when there is nothing to count: 'No cases' or 'No victims'.
 */
export function figureOf(numerator: number, denominator: number, items: ComplianceItem[], nothing: string): Figure {
  const percent = denominator ? Math.floor((numerator * 100) / denominator) : null;
  return { numerator, denominator, notMet: denominator - numerator, percent, shown: percent === null ? nothing : `${percent}%`, items };
}

function figure(items: ComplianceItem[], nothing: string): Figure {
  return figureOf(items.filter((i) => i.met).length, items.length, items, nothing);
}

/**
 * The three figures for the cases given (the caller has chosen the organisation and area), with
 * every item. Closed cases are left out. Items keep the order of `inputs`.
 */
export function complianceFigures(inputs: readonly ComplianceInput[]): ComplianceFigures {
  const items = complianceItems(inputs);
  return {
    riskAssessments: figure(items.riskAssessments, 'No cases'),
    reviews: figure(items.reviews, 'No cases'),
    contacts: figure(items.contacts, 'No victims'),
  };
}

/** The items behind each figure, met or not, in the order of `inputs`; closed cases left out. */
export function complianceItems(inputs: readonly ComplianceInput[]): ComplianceItems {
  const open = inputs.filter((i) => i.due.review !== null);
  const risk = open.map(({ case: c, due }): ComplianceItem => {
    const labels = riskLabels(due);
    const worst = [...due.riskAssessments].sort(
      (a, b) => DUE_STATES[b.state].rank - DUE_STATES[a.state].rank || a.dueOn.localeCompare(b.dueOn),
    )[0];
    return {
      measure: 'risk_assessments',
      case: c,
      subject: 'Case',
      state: worst?.state ?? 'in_date',
      dueOn: worst?.dueOn ?? due.review!.dueOn,
      met: due.riskAssessments.every((r) => !isLate(r.state)),
      parts: due.riskAssessments.map((r, i) => `${labels[i]} assessment: ${dueStateName(r.state).toLowerCase()}`),
    };
  });
  const reviews = open.map(({ case: c, due }): ComplianceItem => ({
    measure: 'supervisory_review',
    case: c,
    subject: 'Case',
    state: due.review!.state,
    dueOn: due.review!.dueOn,
    met: !isLate(due.review!.state),
    parts: [],
  }));
  const contacts = open.flatMap(({ case: c, due }) =>
    due.contacts.map((v, i): ComplianceItem => ({
      measure: 'victim_contact',
      case: c,
      subject: `Victim ${i + 1}`,
      state: v.state,
      dueOn: v.dueOn,
      met: !isLate(v.state),
      parts: [],
    })),
  );
  return { riskAssessments: risk, reviews, contacts };
}

/** The weekly lists for the cases given (one area's), oldest due first within each list. */
export function weeklyLists(inputs: readonly ComplianceInput[]): WeeklyLists {
  const lists: WeeklyLists = { missingRiskAssessments: [], overdueRiskAssessments: [], overdueReviews: [], overdueContacts: [] };
  for (const { case: c, due } of inputs) {
    const line = (what: string, dueOn: string): WeeklyLine => ({ caseId: c.id, reference: c.reference, what, dueOn });
    const labels = riskLabels(due);
    due.riskAssessments.forEach((r, i) => {
      if (r.state === 'missing') lists.missingRiskAssessments.push(line(`${labels[i]} assessment`, r.dueOn));
      if (r.state === 'overdue') lists.overdueRiskAssessments.push(line(`${labels[i]} assessment`, r.dueOn));
    });
    if (due.review && isLate(due.review.state)) lists.overdueReviews.push(line('Supervisory review', due.review.dueOn));
    due.contacts.forEach((v, i) => {
      if (isLate(v.state)) lists.overdueContacts.push(line(`Victim ${i + 1} contact`, v.dueOn));
    });
  }
  const byDue = (a: WeeklyLine, b: WeeklyLine) =>
    a.dueOn.localeCompare(b.dueOn) || a.reference.localeCompare(b.reference) || a.what.localeCompare(b.what);
  for (const list of Object.values(lists) as WeeklyLine[][]) list.sort(byDue);
  return lists;
}

/** How many lines the weekly lists hold in all (0: nothing outstanding, nothing to send). */
export function outstanding(lists: WeeklyLists): number {
  return (
    lists.missingRiskAssessments.length + lists.overdueRiskAssessments.length + lists.overdueReviews.length + lists.overdueContacts.length
  );
}

/**
 * The ISO 8601 week of a London date 'YYYY-MM-DD', as 'YYYY-Www' (the week's Thursday decides the
 * year): the period of the weekly lists, e.g. '2026-W47'.
 * @throws RangeError when `ymd` is not a date.
 */
export function isoWeekKey(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`Not a date: ${ymd}`);
  const day = 86_400_000;
  const date = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const isoDay = ((new Date(date).getUTCDay() + 6) % 7) + 1;
  const thursday = new Date(date + (4 - isoDay) * day);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / day / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
