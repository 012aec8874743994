/**
 * The facts the point-of-report checks rest on (issue 3; contract in domain/checks/types.ts),
 * gathered ACROSS ALL PARTNERS on purpose: spotting a repeat or vulnerable victim whose earlier
 * reports went to another agency is the point of the checks. These reads are therefore not
 * scoped by `visibleIncidents`; instead every incident row says whether the viewing actor may
 * open it (`visible`, computed in SQL by the very same rule) so callers show a link or a
 * "held by … contact …" line, never another agency's content.
 *
 * Speed (bench aim: p95 ≤ 50 ms at 1,000,000 incidents): each function is one indexed query —
 * people via `incident_parties_person_idx` / `person_vulnerabilities_person_idx`, places via
 * `incidents_grid_reported_idx` (easting, northing, reported_at) OR `incidents_lsoa21_reported_idx`.
 * Open cases: open-cases.ts. Distances are metres on the British National Grid; the bounding box
 * here is a superset, the pure rule measures the true distance.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Actor } from '../../domain/access/roles.js';
import type { IncidentFact, PartyRole, VulnerabilityFact } from '../../domain/checks/types.js';
import { londonDayStart, londonMonth } from '../../domain/time/london.js';
import type { Database, IncidentSource } from '../schema.js';
import type { Executor } from './audit-log.js';
import { visibleIncidents } from './incident-scope.js';

/** An incident fact plus what the page needs to show it without another query. */
export interface IncidentFactRow extends IncidentFact {
  source: IncidentSource;
  /** First day of the month it happened, YYYY-MM-DD (Europe/London). */
  month: string;
  /** The recording organisation's contact e-mail, for the "held by … contact …" line. */
  contactEmail: string | null;
  /** True when the viewer may open it: the rule of `visibleIncidents(viewer)`. */
  visible: boolean;
}

/** A person's link to an incident; one row per (person, incident, role). */
export interface PersonIncidentFactRow extends IncidentFactRow {
  personId: string;
  role: PartyRole;
}

/** Safety limit on rows per query; far above any real person's or place's history. */
const MAX_ROWS = 2000;

type IncidentEb = ExpressionBuilder<Database, 'incidents'>;

/** Columns of every incident fact; `incidents` is unaliased so the scope rule applies as is. */
function factColumns(viewer: Actor) {
  return (eb: ExpressionBuilder<Database & { o: Database['organisations'] }, 'incidents' | 'o'>) =>
    [
      'incidents.id as incidentId',
      'incidents.reference',
      'incidents.source',
      'incidents.month',
      'incidents.organisation_id as organisationId',
      'o.name as organisationName',
      'o.contact_email as contactEmail',
      'incidents.reported_at as reportedAt',
      'incidents.occurred_from as occurredFrom',
      'incidents.occurred_to as occurredTo',
      'incidents.category',
      'incidents.incident_type_code as incidentTypeCode',
      'incidents.hate_related as hateRelated',
      'incidents.easting',
      'incidents.northing',
      'incidents.lsoa21_code as lsoa21Code',
      sql<boolean>`(${visibleIncidents(viewer)(eb)})`.as('visible'),
    ] as const;
}

/** A place: BNG metres, a radius in metres and optionally its LSOA (2021) code. */
export interface PlaceQuery {
  easting: number;
  northing: number;
  radiusMetres: number;
  lsoa21Code?: string | null;
}

/** Inside the square of half-side `radiusMetres` around the point (any date). */
export function inSquare(place: PlaceQuery) {
  const { easting: e, northing: n, radiusMetres: r } = place;
  return (eb: IncidentEb) =>
    eb.and([
      eb('incidents.easting', '>=', Math.floor(e - r)),
      eb('incidents.easting', '<=', Math.ceil(e + r)),
      eb('incidents.northing', '>=', Math.floor(n - r)),
      eb('incidents.northing', '<=', Math.ceil(n + r)),
    ]);
}

/**
 * At the place (in the square, or in the same LSOA when given) and reported on or after
 * `since`. Open data has no report time, only a month: it counts when its month is the month of
 * `since` or later (a superset; the rules apply the exact window). Written as one branch per
 * place and date test, so each is one index range and the date is tested inside the index, not
 * on the table: incidents_grid_reported_idx (easting, northing, reported_at) for the square
 * (the busiest 200 m square holds ~2,500 incidents at 1M, ~10% of them in 90 days) and
 * incidents_lsoa21_reported_idx (lsoa21_code, reported_at, month) for the LSOA (~1,600
 * incidents at 1M, ~130 per 90 days; up to ~1,700 per 90 days in the city centre).
 */
function atPlaceSince(place: PlaceQuery, since: Date) {
  const sinceMonth = `${londonMonth(since)}-01`;
  return (eb: IncidentEb) => {
    const places = [inSquare(place)(eb), ...(place.lsoa21Code ? [eb('incidents.lsoa21_code', '=', place.lsoa21Code)] : [])];
    return eb.or(
      places.flatMap((at) => [
        eb.and([at, eb('incidents.reported_at', '>=', since)]),
        eb.and([at, eb('incidents.reported_at', 'is', null), eb('incidents.month', '>=', sinceMonth)]),
      ]),
    );
  };
}

interface RawFact {
  incidentId: string;
  reference: string;
  source: IncidentSource;
  month: string;
  organisationId: string | null;
  organisationName: string | null;
  contactEmail: string | null;
  reportedAt: Date | null;
  occurredFrom: Date | null;
  occurredTo: Date | null;
  category: string | null;
  incidentTypeCode: string | null;
  hateRelated: boolean;
  easting: number | null;
  northing: number | null;
  lsoa21Code: string | null;
  visible: boolean;
}

/** Normalises a row: open data's report time is its month's first London day. */
function toFact(r: RawFact): IncidentFactRow {
  const asDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));
  return {
    incidentId: r.incidentId,
    reference: r.reference,
    source: r.source,
    month: r.month,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    contactEmail: r.contactEmail,
    reportedAt: asDate(r.reportedAt) ?? asDate(r.occurredFrom) ?? londonDayStart(r.month),
    occurredFrom: asDate(r.occurredFrom),
    occurredTo: asDate(r.occurredTo),
    category: (r.category as IncidentFact['category']) ?? null,
    incidentTypeCode: r.incidentTypeCode,
    hateRelated: r.hateRelated,
    easting: r.easting === null ? null : Number(r.easting),
    northing: r.northing === null ? null : Number(r.northing),
    lsoa21Code: r.lsoa21Code,
    visible: r.visible === true || (r.visible as unknown) === 't',
  };
}

/**
 * Every incident linked to any of `personIds`, in any role, by any partner; newest first.
 * A person with two roles in one incident gives two rows. Not limited by date: a perpetrator's
 * history counts at any age, and a person's incidents are few.
 */
export async function incidentsOfPeople(db: Executor, viewer: Actor, personIds: readonly string[]): Promise<PersonIncidentFactRow[]> {
  if (!personIds.length) return [];
  const rows = await db
    .selectFrom('incident_parties as ip')
    .innerJoin('incidents', 'incidents.id', 'ip.incident_id')
    .leftJoin('organisations as o', 'o.id', 'incidents.organisation_id')
    .select(factColumns(viewer))
    .select(['ip.person_id as personId', 'ip.role'])
    .where('ip.person_id', 'in', [...personIds])
    .orderBy('incidents.reported_at', (ob) => ob.desc().nullsLast())
    .orderBy('incidents.month', 'desc')
    .limit(MAX_ROWS)
    .execute();
  return rows.map((r) => ({ ...toFact(r as RawFact), personId: r.personId, role: r.role }));
}

/**
 * Incidents near a place, reported on or after `since`: inside the square of half-side
 * `radiusMetres` around (easting, northing), or (when `lsoa21Code` is given) in the same
 * LSOA (2021). Newest first. Rows, not a count: the repeat-location flag lists every incident it
 * counts (each shown as a link or "held by …"), so each is needed; in the busiest city-centre
 * LSOA that is ~1,700 per 90 days at 1,000,000 incidents.
 */
export async function incidentsNear(db: Executor, viewer: Actor, place: PlaceQuery & { since: Date }): Promise<IncidentFactRow[]> {
  const rows = await db
    .selectFrom('incidents')
    .leftJoin('organisations as o', 'o.id', 'incidents.organisation_id')
    .select(factColumns(viewer))
    .where(atPlaceSince(place, place.since))
    .orderBy('incidents.reported_at', (ob) => ob.desc().nullsLast())
    .orderBy('incidents.month', 'desc')
    .limit(MAX_ROWS)
    .execute();
  return rows.map((row) => toFact(row as RawFact));
}

/** The incidents with these ids (any partner), for the few a flag lists but no fact query read. */
export async function incidentsByIds(db: Executor, viewer: Actor, ids: readonly string[]): Promise<IncidentFactRow[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('incidents')
    .leftJoin('organisations as o', 'o.id', 'incidents.organisation_id')
    .select(factColumns(viewer))
    .where('incidents.id', 'in', [...ids])
    .execute();
  return rows.map((row) => toFact(row as RawFact));
}

/** Every vulnerability recorded about any of `personIds`, by any partner; newest first. */
export async function vulnerabilitiesOf(db: Executor, personIds: readonly string[]): Promise<(VulnerabilityFact & { personId: string })[]> {
  if (!personIds.length) return [];
  const rows = await db
    .selectFrom('person_vulnerabilities as v')
    .innerJoin('organisations as o', 'o.id', 'v.organisation_id')
    .select([
      'v.person_id as personId',
      'v.factors',
      'v.recorded_at as recordedAt',
      'o.name as organisationName',
      'v.incident_id as incidentId',
    ])
    .where('v.person_id', 'in', [...personIds])
    .orderBy('v.recorded_at', 'desc')
    .limit(MAX_ROWS)
    .execute();
  return rows.map((r) => ({ ...r, factors: [...r.factors] }));
}
