/**
 * Known perpetrator, at the point of report.
 *
 * Source: issue 3 ("the named perpetrator's ASB history count and open cases"); LLR ASB Action
 * Plan §2.53 (escalate repeat ASB to the JAGs) and §2.52 (shared case management).
 */
import { lastMonths, londonDate } from './calendar.js';
import { byMostRecent, count, isCurrent, listSome, listedIds, reportedInWindow, uniqueIncidents } from './facts.js';
import type { Flag, IncidentFact, OpenCaseFact } from './types.js';

/** The look-back for the "in the last 12 months" part of the reason (calendar months, London). */
export const PERPETRATOR_RECENT_MONTHS = 12;

function describeCase(c: OpenCaseFact): string {
  const officer = c.leadOfficerName ? `, officer ${c.leadOfficerName}` : '';
  return `${c.reference} (led by ${c.leadOrganisationName}${officer})`;
}

/**
 * Whether the named perpetrator is already known.
 *
 * @param perpetratorFacts the named person's incidents from every partner, with their `role`; a
 *   'current' fact (this report) is allowed and never counts as history.
 * @param openCases the named person's open cases. Cases found through the place (`via: 'place'`)
 *   or recorded with another `partyRole` (e.g. the person was the victim) are left out; a case
 *   without `partyRole` is taken as the caller said: the perpetrator's.
 * @param now the moment of the check.
 * @returns met when the person was perpetrator in any earlier ASB incident (any date up to today,
 *   London) or has an open case. The reason gives the count, how many were reported in the last
 *   12 calendar months (London dates, inclusive) and the open cases with lead agency and officer.
 *   `incidentIds` lists the earlier incidents, most recent first.
 */
export function checkKnownPerpetrator(perpetratorFacts: IncidentFact[], openCases: OpenCaseFact[], now: Date): Flag {
  const today = londonDate(now);
  const earlier = uniqueIncidents(
    perpetratorFacts,
    (f) => !isCurrent(f) && f.role === 'perpetrator' && londonDate(f.reportedAt) <= today,
  ).sort(byMostRecent);
  const recentWindow = lastMonths(now, PERPETRATOR_RECENT_MONTHS);
  const recent = earlier.filter((f) => reportedInWindow(f, recentWindow)).length;
  const cases = [
    ...new Map(
      openCases
        .filter((c) => c.via === 'person' && (c.partyRole === undefined || c.partyRole === 'perpetrator'))
        .map((c) => [c.caseId, c] as const),
    ).values(),
  ].sort((a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));

  if (earlier.length === 0 && cases.length === 0) {
    return { met: false, reason: 'No earlier ASB incidents or open cases for the named perpetrator', incidentIds: [] };
  }
  const parts: string[] = [];
  if (earlier.length > 0) {
    parts.push(
      `perpetrator in ${count(earlier.length, 'earlier ASB incident')} (${recent} in the last ${PERPETRATOR_RECENT_MONTHS} months), across all partners`,
    );
  } else {
    parts.push('no earlier ASB incidents as perpetrator');
  }
  if (cases.length > 0) parts.push(`${count(cases.length, 'open case')}: ${listSome(cases.map(describeCase))}`);
  return { met: true, reason: `Known perpetrator: ${parts.join('; ')}`, incidentIds: listedIds(earlier) };
}
