/**
 * ASB Case Review threshold, at the point of report.
 *
 * Sources: s.104(4) of the Anti-social Behaviour, Crime and Policing Act 2014 (the threshold must
 * be treated as met at three qualifying complaints, or a lower local number) and s.104(11) (a
 * qualifying complaint is made within one month of the behaviour, and the application within six
 * months of the complaint) [S51][S52]; DOMAIN.md §3.4 (separate incidents; one incident reported
 * to several agencies counts once [S56][S57][S58]; LLR: three separate incidents in six months or
 * one hate incident, each reported within one calendar month [S67][S68][S69]); DOMAIN.md §3.6 and
 * the July 2025 statutory guidance (explain the Case Review on a second report within six months
 * [S62][S63]); LLR ASB Action Plan §2.55 (victims are told of their right to a review).
 */
import { addCalendarMonths, formatDate, lastMonths, londonDate } from './calendar.js';
import { behaviourStart, groupDuplicateReports } from './duplicate-reports.js';
import { count, describeIncident, isCurrent, listSome, listedIds, reportedInWindow, uniqueIncidents } from './facts.js';
import type { CaseReviewFlag, CheckRules, IncidentFact, PartyRole } from './types.js';

/** Only the victim's own complaints count (s.104: complaints about the behaviour by the victim). */
export const CASE_REVIEW_ROLES: readonly PartyRole[] = ['victim', 'complainant'];

/** The 2025 guidance's "second report of ASB within six months" (not LOCAL). */
export const SECOND_REPORT_MONTHS = 6;

const isVictimReport = (f: IncidentFact) => f.role !== undefined && CASE_REVIEW_ROLES.includes(f.role);

export const isHateIncident = (f: IncidentFact): boolean => f.hateRelated || f.incidentTypeCode === 'hate-related';

/** The London date the behaviour happened: occurredFrom, else the date it was reported. */
function behaviourDate(f: IncidentFact): string {
  return londonDate(behaviourStart(f));
}

/**
 * True when the complaint was made within `withinMonths` calendar months of the behaviour
 * (s.104(11)): its London report date is on or before the behaviour's London date plus that many
 * months (behaviour on 1 April: reported by 1 May qualifies, 2 May does not). When occurredFrom
 * is not known the report date stands for the behaviour date, so the complaint qualifies: the
 * caller is reporting what is happening, and the call handler can correct the date.
 */
export function isQualifyingComplaint(f: IncidentFact, withinMonths: number): boolean {
  return londonDate(f.reportedAt) <= addCalendarMonths(behaviourDate(f), withinMonths);
}

const reference = (f: IncidentFact) => (isCurrent(f) ? 'this report' : f.reference);

/**
 * Whether the victim's reports bring them to the ASB Case Review threshold (LLR rule).
 *
 * @param facts the person's incidents from every partner with their `role`, optionally with a
 *   'current' fact for this report. Only 'victim' and 'complainant' roles count.
 * @param now the moment of the check.
 * @param rule windowMonths (6), minIncidents (3), reportedWithinMonths (1), hateIncidentAlone,
 *   duplicateWithinHours (24).
 * @returns met when, among the reports made on a London date from the same date `windowMonths`
 *   months ago up to today (inclusive; the current report always counts as in), the separate
 *   incidents (groupDuplicateReports) with at least one qualifying complaint
 *   (isQualifyingComplaint) number at least `minIncidents`, or, when `hateIncidentAlone`, one of
 *   them is a hate incident (hateRelated, or type 'hate-related'). `incidentIds` lists the
 *   qualifying reports of the incidents counted (a duplicate report is listed, but counts once),
 *   earliest behaviour first, without the current report. `explainCaseReview` is true when the person has made at least
 *   two reports (distinct incidents, qualifying or not) within the last six months, met or not.
 *   The reason says what counted, what did not, and why.
 */
export function checkCaseReviewThreshold(facts: IncidentFact[], now: Date, rule: CheckRules['caseReview']): CaseReviewFlag {
  const window = lastMonths(now, rule.windowMonths);
  const reports = uniqueIncidents(facts, (f) => isVictimReport(f) && reportedInWindow(f, window));
  const secondReportWindow = lastMonths(now, SECOND_REPORT_MONTHS);
  const explainCaseReview = uniqueIncidents(facts, (f) => isVictimReport(f) && reportedInWindow(f, secondReportWindow)).length >= 2;

  const counted: IncidentFact[][] = [];
  const countedLines: string[] = [];
  const notCountedLines: string[] = [];
  for (const group of groupDuplicateReports(reports, rule.duplicateWithinHours)) {
    const qualifying = group.filter((f) => isQualifyingComplaint(f, rule.reportedWithinMonths));
    const first = qualifying[0];
    if (first === undefined) {
      for (const f of group) {
        notCountedLines.push(
          `${describeIncident(f)}, made more than ${count(rule.reportedWithinMonths, 'month')} after the behaviour on ${formatDate(behaviourDate(f))}`,
        );
      }
      continue;
    }
    counted.push(qualifying);
    countedLines.push(describeIncident(first) + (isHateIncident(first) ? ', a hate incident' : ''));
    for (const f of group) {
      if (f !== first) notCountedLines.push(`${describeIncident(f)}, the same incident as ${reference(first)}`);
    }
  }

  const hate = counted.flat().find(isHateIncident);
  const byCount = counted.length >= rule.minIncidents;
  const byHate = rule.hateIncidentAlone && hate !== undefined;
  const met = byCount || byHate;
  const period = `in the last ${count(rule.windowMonths, 'month')}`;
  const needed = `${rule.minIncidents} needed${rule.hateIncidentAlone ? ', or one hate incident' : ''}`;

  let reason: string;
  if (byCount) {
    reason = `Meets the ASB Case Review threshold: ${count(counted.length, 'separate qualifying incident')} ${period} (${rule.minIncidents} needed)`;
  } else if (byHate && hate !== undefined) {
    reason = `Meets the ASB Case Review threshold: a hate incident (${reference(hate)}) ${period}; under the local procedure one is enough`;
  } else if (counted.length === 0) {
    reason = `Does not meet the ASB Case Review threshold: no qualifying incidents as victim or complainant ${period} (${needed})`;
  } else {
    reason = `Does not meet the ASB Case Review threshold: ${count(counted.length, 'separate qualifying incident')} ${period} (${needed})`;
  }
  if (countedLines.length > 0) reason += `. Counted: ${listSome(countedLines)}`;
  if (notCountedLines.length > 0) reason += `. Not counted: ${listSome(notCountedLines)}`;
  if (explainCaseReview && !met) reason += '. This is a second report within six months: explain the ASB Case Review';

  return { met, reason, incidentIds: listedIds(counted.flat()), explainCaseReview };
}
