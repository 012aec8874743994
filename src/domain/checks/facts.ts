/**
 * Helpers shared by the point-of-report checks: the 'current' report, de-duplication by
 * incident, ordering and the plain-words pieces of each reason.
 */
import { formatDate, inWindow, londonDate, type DateWindow } from './calendar.js';
import type { Flag, IncidentFact, PartyRole } from './types.js';

/**
 * The incidentId of the fact that stands for the report being made now (not yet saved). It counts
 * in every check it belongs to, is always inside the look-back windows (it is being reported now),
 * and is never listed in a flag's incidentIds.
 */
export const CURRENT_INCIDENT_ID = 'current';

export const isCurrent = (fact: IncidentFact): boolean => fact.incidentId === CURRENT_INCIDENT_ID;

/**
 * True when the fact was reported inside the window; the current report always is. Facts dated
 * after `window.to` (the London date of `now`) are not yet reported as at `now` and are left out.
 */
export function reportedInWindow(fact: IncidentFact, window: DateWindow): boolean {
  return isCurrent(fact) || inWindow(fact.reportedAt, window);
}

/**
 * One fact per incident: a person can hold two roles in one incident (victim and complainant), and
 * services may merge lists. Keeps the first fact of each incidentId after `keep` filters.
 */
export function uniqueIncidents(facts: readonly IncidentFact[], keep: (f: IncidentFact) => boolean): IncidentFact[] {
  const seen = new Set<string>();
  const out: IncidentFact[] = [];
  for (const f of facts) {
    if (!keep(f) || seen.has(f.incidentId)) continue;
    seen.add(f.incidentId);
    out.push(f);
  }
  return out;
}

/** Most recently reported first; ties by incidentId, so the order never depends on the input's. */
export function byMostRecent(a: IncidentFact, b: IncidentFact): number {
  return b.reportedAt.getTime() - a.reportedAt.getTime() || compareIds(a.incidentId, b.incidentId);
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The ids a flag lists: never the current report. */
export function listedIds(facts: readonly IncidentFact[]): string[] {
  return facts.filter((f) => !isCurrent(f)).map((f) => f.incidentId);
}

/** "1 ASB incident", "2 ASB incidents". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "a", "a or b", "a, b or c". */
export function either(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Victim or complainant" for the roles a check counts. */
export function rolesPhrase(roles: readonly PartyRole[]): string {
  return either([...new Set(roles)]);
}

/** "this report" or "LCC/2026/00012 (Leicester City Council, reported 3 March 2026)". */
export function describeIncident(fact: IncidentFact): string {
  if (isCurrent(fact)) return 'this report';
  return `${fact.reference} (${fact.organisationName ?? 'open data'}, reported ${formatDate(londonDate(fact.reportedAt))})`;
}

/** Lists at most `max` items, then "and N more", so a long history keeps the reason readable. */
export function listSome(items: readonly string[], max = 10): string {
  if (items.length <= max) return items.join('; ');
  return `${items.slice(0, max).join('; ')}; and ${items.length - max} more`;
}

/** A flag that could not be checked (no person, no place, no perpetrator named). */
export function notChecked(reason: string): Flag {
  return { met: false, reason, incidentIds: [] };
}
