/**
 * The point-of-report checks (issue 3, "The checks"): who the caller may be, and whether they are
 * a repeat or vulnerable victim, the place a repeat location, the named perpetrator known, any
 * open case involved and the ASB Case Review threshold reached — across every partner's records,
 * while the caller is on the line. Used by the report pages and POST /api/v1/checks/point-of-report.
 *
 * Facts come from all partners (db/repositories/check-facts.ts); what the user is shown of an
 * incident follows visibleIncidents (IncidentView.visible). Audited as 'checks.point_of_report'
 * with ids only.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { findIncidentType } from '../../db/repositories/incident-types.js';
import { can, type Actor } from '../../domain/access/roles.js';
import type { ReportPoint } from '../../domain/checks/repeat-location.js';
import type { CheckFlags, IncidentFact, PartyRole } from '../../domain/checks/types.js';
import { getPlacer } from '../geography/placer.js';
import { searchPeople, type PersonCandidate, type PersonQuery } from '../people/search-people.js';
import { LIKELY_MATCH } from '../../domain/people/match.js';
import { checkOutcome, type IncidentView, type OpenCaseView } from './check-outcome.js';
import { ReportForbiddenError, ReportInputError } from './errors.js';
import { loadCheckRules } from './rules.js';
import { isUuid } from '../../domain/ids.js';

export type { IncidentView, OpenCaseView } from './check-outcome.js';
export type { PersonCandidate, PersonQuery };

export interface PointOfReportInput {
  /** A person staff have confirmed; wins over `person`. */
  personId?: string | null | undefined;
  /** What the caller said about themselves; searched with searchPeople when no personId. */
  person?: PersonQuery | null | undefined;
  /** Where it happened, WGS84 degrees. */
  location?: { lat: number; lon: number } | null | undefined;
  incidentTypeCode?: string | null | undefined;
  category?: IncidentFact['category'] | undefined;
  hateRelated?: boolean | undefined;
  /** People named as perpetrators (confirmed matches). */
  perpetratorPersonIds?: readonly string[] | undefined;
  /** Vulnerability factor codes ticked in this call (domain/report/call-handling-questions.ts). */
  currentFactors?: readonly string[] | undefined;
  /** When the behaviour started, if known (for the Case Review's one-month rule). */
  occurredFrom?: Date | null | undefined;
  /**
   * Whether the checks are for a report being made now (default true). Then this report counts
   * as a 'current' incident for the person (role `currentRole`, default 'victim') and the place,
   * so "this report brings the victim to the threshold" can be said. False: history only.
   */
  newReport?: boolean | undefined;
  currentRole?: PartyRole | undefined;
  /** The moment of the check; default now. */
  now?: Date | undefined;
  ip?: string | null | undefined;
}

export interface PointOfReportResult {
  /** People who may be the caller, best first (empty when personId was given). */
  candidates: PersonCandidate[];
  /** The person the flags describe: personId, else the top candidate, else null. */
  bestPersonId: string | null;
  flags: CheckFlags;
  openCases: OpenCaseView[];
  /** Every incident the flags list, by id, with whether the user may open it. */
  incidents: Record<string, IncidentView>;
}

const given = (s: string | undefined) => !!s && s.trim() !== '';

/** True when the query has something searchPeople can search on. */
function searchable(q: PersonQuery | null | undefined): q is PersonQuery {
  return !!q && (given(q.forename) || given(q.surname) || given(q.phone) || given(q.email) || given(q.postcode));
}

/** The BNG point and LSOA (2021) of a WGS84 location; areas are null without loaded boundaries. */
export async function reportPoint(db: Kysely<Database>, location: { lat: number; lon: number }): Promise<ReportPoint> {
  const placed = (await getPlacer(db))(location.lat, location.lon);
  return { easting: placed.easting, northing: placed.northing, lsoa21Code: placed.lsoa21Code };
}

/**
 * Runs the checks as `actor` (who needs 'incidents:record').
 * @returns candidates, bestPersonId, the five flags, open cases and the incidents flags list.
 * @throws ReportForbiddenError without the permission; ReportInputError naming the field
 *   ('person' with neither a searchable person nor a location, 'location.lat', 'personId',
 *   'perpetratorPersonIds.0', 'incidentType' for an unknown code); PersonSearchError (field of PersonQuery) for an unsearchable
 *   person field.
 */
export async function runPointOfReportChecks(db: Kysely<Database>, actor: Actor, input: PointOfReportInput): Promise<PointOfReportResult> {
  if (!can(actor, 'incidents:record')) throw new ReportForbiddenError();
  const now = input.now ?? new Date();
  const loc = input.location ?? null;
  if (loc && !Number.isFinite(loc.lat)) throw new ReportInputError('location.lat', 'Enter the latitude as a number of degrees');
  if (loc && !Number.isFinite(loc.lon)) throw new ReportInputError('location.lon', 'Enter the longitude as a number of degrees');
  if (input.personId && !isUuid(input.personId)) throw new ReportInputError('personId', 'Choose a person from the search results');
  (input.perpetratorPersonIds ?? []).forEach((id, i) => {
    if (!isUuid(id)) throw new ReportInputError(`perpetratorPersonIds.${i}`, 'Choose the perpetrator from the search results');
  });
  if (!input.personId && !searchable(input.person) && !loc) {
    throw new ReportInputError('person', 'Enter a name or choose a location');
  }

  const type = input.incidentTypeCode ?? null;
  const [rules, candidates, point, typeKnown] = await Promise.all([
    loadCheckRules(db),
    !input.personId && searchable(input.person) ? searchPeople(db, actor, input.person, { ip: input.ip }) : [],
    loc ? reportPoint(db, loc) : null,
    type ? findIncidentType(db, type) : true,
  ]);
  if (!typeKnown) throw new ReportInputError('incidentType', 'Select an incident type from the list');
  // The flags describe the best candidate only when it is very probably the caller: a weak
  // match must not lend a stranger's history to this report.
  const best = candidates[0] && candidates[0].score >= LIKELY_MATCH ? candidates[0] : undefined;
  const bestPersonId = input.personId || best?.personId || null;
  const perpetratorIds = [...new Set(input.perpetratorPersonIds ?? [])].filter((id) => id !== bestPersonId);

  const outcome = await checkOutcome(db, actor, {
    personId: bestPersonId,
    point,
    perpetratorIds,
    currentFactors: input.currentFactors ?? [],
    current:
      input.newReport === false
        ? null
        : {
            role: input.currentRole ?? 'victim',
            category: input.category ?? null,
            incidentTypeCode: input.incidentTypeCode ?? null,
            hateRelated: input.hateRelated === true,
            occurredFrom: input.occurredFrom ?? null,
            occurredTo: null,
          },
    now,
    rules,
  });

  await writeAudit(db, actor, {
    action: 'checks.point_of_report',
    entityType: 'person',
    ...(bestPersonId ? { entityId: bestPersonId } : {}),
    detail: {
      candidateIds: candidates.map((c) => c.personId),
      perpetratorIds,
      located: point !== null,
      met: Object.entries(outcome.flags)
        .filter(([, f]) => f.met)
        .map(([k]) => k),
      incidentIds: Object.keys(outcome.incidents),
      caseIds: outcome.openCases.map((c) => c.caseId),
    },
    ip: input.ip ?? null,
  });
  return { candidates, bestPersonId, ...outcome };
}
