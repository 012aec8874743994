/**
 * Repeat victim, at the point of report.
 *
 * Source: LLR ASB Action Plan 2026–2029 §2.51 ("the victim of an incident more than once in the
 * last 12 months", flagged at first point of contact) and §2.52 (partners apply the same
 * definition); DOMAIN.md §4.1 [S73] (prior reports to partner agencies count). The numbers are
 * LOCAL configuration (CheckRules['repeatVictim'], DEFAULT_CHECK_RULES: 2 in 12 months).
 */
import { lastMonths } from './calendar.js';
import { byMostRecent, capitalise, count, isCurrent, listedIds, reportedInWindow, rolesPhrase, uniqueIncidents } from './facts.js';
import type { CheckRules, Flag, IncidentFact } from './types.js';

/**
 * Whether the person is a repeat victim.
 *
 * @param facts the person's incidents from every partner, each with the person's `role`; may
 *   include a fact with incidentId 'current' for the report being made now (it counts, is always in
 *   the window, and is never listed).
 * @param now the moment of the check.
 * @param rule `windowMonths` calendar months (Europe/London), `minIncidents`, the `roles` that count.
 * @returns met when the number of distinct incidents in which the person held one of `rule.roles`,
 *   reported on a London date from the same date `windowMonths` months ago up to today (both
 *   inclusive), is at least `minIncidents`. `incidentIds` lists them, most recent first, without
 *   the current report. Facts without a role, or dated after today, do not count.
 */
export function checkRepeatVictim(facts: IncidentFact[], now: Date, rule: CheckRules['repeatVictim']): Flag {
  const window = lastMonths(now, rule.windowMonths);
  const roles = new Set(rule.roles);
  const counted = uniqueIncidents(facts, (f) => f.role !== undefined && roles.has(f.role) && reportedInWindow(f, window)).sort(
    byMostRecent,
  );
  const met = counted.length >= rule.minIncidents;
  const who = capitalise(rolesPhrase(rule.roles));
  const period = `in the last ${count(rule.windowMonths, 'month')}, across all partners`;
  const includesCurrent = counted.some(isCurrent) ? ' (including this report)' : '';

  let reason: string;
  if (counted.length === 0) {
    reason = `No ASB incidents as ${rolesPhrase(rule.roles)} ${period}`;
  } else {
    reason = `${who} in ${count(counted.length, 'ASB incident')} ${period}${includesCurrent}`;
    if (!met) reason += `; ${rule.minIncidents} make a repeat victim`;
  }
  return { met, reason, incidentIds: listedIds(counted) };
}
