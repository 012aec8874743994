/**
 * One incident reported to several agencies counts once (DOMAIN.md §3.4, LOCAL but widespread
 * [S56][S57][S58]: "same incident reported to several agencies at/around the same time = one
 * qualifying complaint"). Concord cannot read two free-text descriptions and know they are the same
 * event, so it treats reports as the same incident by their timing, as configured.
 */
import { compareIds } from './facts.js';
import type { IncidentFact } from './types.js';

/** When the behaviour began: occurredFrom, or when it was reported if that is not known. */
export function behaviourStart(fact: IncidentFact): Date {
  return fact.occurredFrom ?? fact.reportedAt;
}

/** Earliest behaviour first, then earliest report, then incidentId: a total order. */
export function byBehaviourStart(a: IncidentFact, b: IncidentFact): number {
  return (
    behaviourStart(a).getTime() - behaviourStart(b).getTime() ||
    a.reportedAt.getTime() - b.reportedAt.getTime() ||
    compareIds(a.incidentId, b.incidentId)
  );
}

/**
 * Groups reports of one incident.
 *
 * Two reports are of the same incident when they were made to different organisations and their
 * behaviour starts (behaviourStart) are at most `withinHours` hours apart (the edge included).
 * "Close to each other" is not transitive, so chains need a rule: reports are taken in
 * byBehaviourStart order, and each joins the earliest group whose first report began at most
 * `withinHours` before it and holds no report from its organisation; otherwise it starts a group.
 * So every group spans at most `withinHours`, holds at most one report per organisation, and a
 * chain (police at 00:00, council at 20:00, police again at 40:00) becomes two incidents, never
 * one stretching over two days. Reports without an organisation (open data) are never merged: no
 * one can say they came from a different agency. The grouping does not depend on the input order.
 *
 * @param facts distinct reports (one fact per incidentId).
 * @returns groups in byBehaviourStart order of their first report, each in that order.
 */
export function groupDuplicateReports(facts: readonly IncidentFact[], withinHours: number): IncidentFact[][] {
  const withinMs = withinHours * 3_600_000;
  const groups: { start: number; orgs: Set<string> | null; members: IncidentFact[] }[] = [];
  for (const fact of [...facts].sort(byBehaviourStart)) {
    const start = behaviourStart(fact).getTime();
    const org = fact.organisationId;
    const group = org === null ? undefined : groups.find((g) => g.orgs !== null && !g.orgs.has(org) && start - g.start <= withinMs);
    if (group && org !== null) {
      group.orgs?.add(org);
      group.members.push(fact);
    } else {
      groups.push({ start, orgs: org === null ? null : new Set([org]), members: [fact] });
    }
  }
  return groups.map((g) => g.members);
}
