/**
 * Repeat location, at the point of report.
 *
 * Source: issue 3 ("at least N incidents within R metres or in the same LSOA in the last D days";
 * suggested 3 within 100 m in 90 days) and LLR ASB Action Plan §2.5 (identify hotspots and repeat
 * locations). The numbers are LOCAL configuration (CheckRules['repeatLocation']).
 */
import { lastDays } from './calendar.js';
import { byMostRecent, count, isCurrent, listedIds, reportedInWindow, uniqueIncidents } from './facts.js';
import type { CheckRules, Flag, IncidentFact } from './types.js';

export interface ReportPoint {
  /** British National Grid, metres. */
  easting: number;
  northing: number;
  lsoa21Code: string | null;
}

/**
 * True when the fact is at the place: within `radiusMetres` (straight-line distance on the British
 * National Grid, the edge included: exactly R metres away is inside) or, when `sameLsoa`, in the
 * point's LSOA (2021). The current report is always at the place.
 */
export function isAtPlace(fact: IncidentFact, point: ReportPoint, rule: CheckRules['repeatLocation']): boolean {
  if (isCurrent(fact)) return true;
  if (fact.easting !== null && fact.northing !== null) {
    const dx = fact.easting - point.easting;
    const dy = fact.northing - point.northing;
    // Compared squared, so a point exactly R away is not lost to a rounded square root.
    if (dx * dx + dy * dy <= rule.radiusMetres * rule.radiusMetres) return true;
  }
  return rule.sameLsoa && point.lsoa21Code !== null && fact.lsoa21Code === point.lsoa21Code;
}

/**
 * Whether the place is a repeat location.
 *
 * @param nearby incidents near the place from every partner and open data (the service's query may
 *   be wider than the rule; this re-checks), optionally with a 'current' fact for this report.
 * @param point the report's place (BNG metres, LSOA 2021 code when known).
 * @param now the moment of the check.
 * @param rule `minIncidents`, `radiusMetres`, `windowDays`, `sameLsoa`.
 * @returns met when the distinct incidents at the place (see isAtPlace) reported on a London date
 *   from `windowDays` days before today up to today (both inclusive) number at least
 *   `minIncidents`, the current report included. `incidentIds` lists them, most recent first,
 *   without the current report.
 */
export function checkRepeatLocation(nearby: IncidentFact[], point: ReportPoint, now: Date, rule: CheckRules['repeatLocation']): Flag {
  const window = lastDays(now, rule.windowDays);
  const counted = uniqueIncidents(nearby, (f) => reportedInWindow(f, window) && isAtPlace(f, point, rule)).sort(byMostRecent);
  const met = counted.length >= rule.minIncidents;
  const where =
    rule.sameLsoa && point.lsoa21Code !== null
      ? `within ${rule.radiusMetres} metres or in the same LSOA (${point.lsoa21Code})`
      : `within ${rule.radiusMetres} metres`;
  const period = `in the last ${count(rule.windowDays, 'day')}`;

  let reason: string;
  if (counted.length === 0) {
    reason = `No ASB incidents ${where} ${period}`;
  } else {
    reason = `${count(counted.length, 'ASB incident')} ${where} ${period}`;
    if (counted.some(isCurrent)) reason += ', including this report';
    if (!met) reason += `; ${rule.minIncidents} make a repeat location`;
  }
  return { met, reason, incidentIds: listedIds(counted) };
}
