/**
 * Gathers the check facts for one person, place and named perpetrators from every partner's
 * records (db/repositories/check-facts.ts), runs the pure rules (domain/checks/evaluate.ts) and
 * prepares what a page or API shows: for each incident a flag rests on, whether the user may
 * open it or which agency holds it. Shared by runPointOfReportChecks (before a report is saved,
 * with a 'current' fact for it) and recordIncident (after, inside its transaction).
 */
import type { Actor } from '../../domain/access/roles.js';
import { evaluateChecks } from '../../domain/checks/evaluate.js';
import { CURRENT_INCIDENT_ID } from '../../domain/checks/facts.js';
import type { ReportPoint } from '../../domain/checks/repeat-location.js';
import type { CheckFlags, CheckRules, IncidentFact, OpenCaseFact, PartyRole } from '../../domain/checks/types.js';
import type { Executor } from '../../db/repositories/audit-log.js';
import {
  incidentsByIds,
  incidentsNear,
  incidentsOfPeople,
  vulnerabilitiesOf,
  type IncidentFactRow,
} from '../../db/repositories/check-facts.js';
import { openCasesFor } from '../../db/repositories/open-cases.js';

/**
 * An incident a flag rests on, as the user may see it. `visible` follows visibleIncidents(actor):
 * when false, show "held by {heldBy}: contact {contact}" instead of a link.
 */
export interface IncidentView {
  id: string;
  reference: string;
  visible: boolean;
  /** The recording organisation's name, or 'police.uk open data'. */
  heldBy: string;
  /** The recording organisation's contact e-mail; null when none is recorded. */
  contact: string | null;
  /** YYYY-MM, the month it happened (Europe/London). */
  month: string;
}

/** An open case involving the person, a named perpetrator or the place (one per case). */
export interface OpenCaseView {
  caseId: string;
  reference: string;
  leadOrganisationName: string;
  leadOfficerName: string | null;
  /** The lead organisation's contact e-mail, or null. */
  contact: string | null;
  /** 'person' when the victim or a named perpetrator is a party; else 'place'. */
  via: 'person' | 'place';
}

/** The report being made now, not yet saved: counted by the rules, never listed. */
export interface CurrentReport {
  role: PartyRole;
  category: IncidentFact['category'];
  incidentTypeCode: string | null;
  hateRelated: boolean;
  occurredFrom: Date | null;
  occurredTo: Date | null;
}

export interface CheckSubject {
  personId: string | null;
  point: ReportPoint | null;
  perpetratorIds: readonly string[];
  currentFactors: readonly string[];
  /** Present before the report is saved; absent when re-checking a saved incident. */
  current: CurrentReport | null;
  now: Date;
  rules: CheckRules;
}

export interface CheckOutcome {
  flags: CheckFlags;
  openCases: OpenCaseView[];
  /** Every incident a flag lists, by id. */
  incidents: Record<string, IncidentView>;
}

export const OPEN_DATA_HOLDER = 'police.uk open data';

const DAY_MS = 86_400_000;

function view(f: IncidentFactRow): IncidentView {
  const heldBy = f.source === 'police.uk' ? OPEN_DATA_HOLDER : (f.organisationName ?? OPEN_DATA_HOLDER);
  return { id: f.incidentId, reference: f.reference, visible: f.visible, heldBy, contact: f.contactEmail, month: f.month.slice(0, 7) };
}

function currentFact(actor: Actor, s: CheckSubject, c: CurrentReport): IncidentFact {
  return {
    incidentId: CURRENT_INCIDENT_ID,
    reference: 'This report',
    organisationId: actor.organisationId,
    organisationName: actor.organisationName,
    reportedAt: s.now,
    occurredFrom: c.occurredFrom,
    occurredTo: c.occurredTo,
    category: c.category,
    incidentTypeCode: c.incidentTypeCode,
    hateRelated: c.hateRelated,
    role: c.role,
    easting: s.point?.easting ?? null,
    northing: s.point?.northing ?? null,
    lsoa21Code: s.point?.lsoa21Code ?? null,
  };
}

/**
 * Runs the checks for `subject` as `actor` sees them. Reads only (no audit: the caller audits).
 * Four or five indexed queries, run together.
 */
export async function checkOutcome(db: Executor, actor: Actor, s: CheckSubject): Promise<CheckOutcome> {
  const people = [...new Set([...(s.personId ? [s.personId] : []), ...s.perpetratorIds])];
  const place = s.point ? { ...s.point, radiusMetres: s.rules.repeatLocation.radiusMetres } : null;
  // The place query is a superset of the rule's window: one day's margin for London dates.
  const placeSince = new Date(s.now.getTime() - (s.rules.repeatLocation.windowDays + 1) * DAY_MS);
  const [personFacts, vulnerabilities, nearby, caseRows] = await Promise.all([
    incidentsOfPeople(db, actor, people),
    s.personId ? vulnerabilitiesOf(db, [s.personId]) : [],
    place
      ? incidentsNear(db, actor, { ...place, lsoa21Code: s.rules.repeatLocation.sameLsoa ? place.lsoa21Code : null, since: placeSince })
      : [],
    openCasesFor(db, { personIds: people, place }),
  ]);

  const perpetrators = new Set(s.perpetratorIds);
  const victimFacts: IncidentFact[] = personFacts.filter((f) => f.personId === s.personId);
  const perpetratorFacts: IncidentFact[] = personFacts.filter((f) => perpetrators.has(f.personId) && f.role === 'perpetrator');
  const nearbyFacts: IncidentFact[] = [...nearby];
  if (s.current) {
    const current = currentFact(actor, s, s.current);
    if (s.personId) victimFacts.push(current);
    if (s.point) nearbyFacts.push(current);
  }
  const isVictimCase = (c: (typeof caseRows)[number]) => c.via === 'place' || c.personId === s.personId;
  const perpetratorCases: OpenCaseFact[] = caseRows.filter(
    (c) => c.via === 'person' && perpetrators.has(c.personId ?? '') && c.partyRole === 'perpetrator',
  );

  const flags = evaluateChecks({
    victimFacts,
    vulnerabilities,
    currentFactors: [...s.currentFactors],
    nearby: nearbyFacts,
    point: s.point,
    perpetratorFacts,
    openCases: caseRows.filter(isVictimCase),
    perpetratorOpenCases: perpetratorCases,
    personKnown: s.personId !== null,
    perpetratorNamed: s.perpetratorIds.length > 0,
    now: s.now,
    rules: s.rules,
  });

  const openCases = new Map<string, OpenCaseView>();
  for (const c of caseRows) {
    const seen = openCases.get(c.caseId);
    if (seen && !(seen.via === 'place' && c.via === 'person')) continue;
    openCases.set(c.caseId, {
      caseId: c.caseId,
      reference: c.reference,
      leadOrganisationName: c.leadOrganisationName,
      leadOfficerName: c.leadOfficerName,
      contact: c.leadOrganisationContact,
      via: c.via,
    });
  }

  return { flags, openCases: [...openCases.values()], incidents: await incidentViews(db, actor, flags, [...personFacts, ...nearby]) };
}

/** Views of every incident the flags list; looks up any not among the facts already read. */
async function incidentViews(
  db: Executor,
  actor: Actor,
  flags: CheckFlags,
  facts: IncidentFactRow[],
): Promise<Record<string, IncidentView>> {
  const wanted = new Set(Object.values(flags).flatMap((f) => f.incidentIds));
  const views: Record<string, IncidentView> = {};
  for (const f of facts) if (wanted.has(f.incidentId)) views[f.incidentId] = view(f);
  const missing = [...wanted].filter((id) => !views[id] && id !== CURRENT_INCIDENT_ID);
  if (missing.length) for (const f of await incidentsByIds(db, actor, missing)) views[f.incidentId] = view(f);
  return views;
}
