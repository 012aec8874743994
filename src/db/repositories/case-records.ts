/**
 * Scoped reads of a case for its pages and services (issue 4, "Cases"): the case's details, its
 * people, its incidents, the cases an incident is in, and the staff who may lead a case. Every
 * read goes through visibleCases (case-scope.ts), so a case the actor may not see is "not
 * found"; linked incidents go through visibleIncidents (incident-scope.ts), so an incident the
 * actor may not see is named only by the organisation holding it.
 */
import { sql, type Selectable } from 'kysely';
import type { Actor } from '../../domain/access/roles.js';
import { PERMISSIONS } from '../../domain/access/roles.js';
import type { CaseOutcome, CasePartyRole, CasesTable, CaseStatus, RiskLevel, VictimView } from '../schema.js';
import type { Executor } from './audit-log.js';
import { visibleCases } from './case-scope.js';
import { visibleIncidents } from './incident-scope.js';
import { isUuid } from '../../domain/ids.js';

export interface CaseRecord {
  id: string;
  reference: string;
  status: CaseStatus;
  summary: string | null;
  category: string | null;
  categoryName: string | null;
  incidentTypeCode: string | null;
  typeName: string | null;
  childInvolved: boolean;
  hateRelated: boolean;
  highRisk: boolean;
  riskLevel: RiskLevel | null;
  locationText: string | null;
  districtName: string | null;
  wardName: string | null;
  npaCode: string | null;
  openedAt: Date;
  closedAt: Date | null;
  leadOrganisationId: string;
  leadOrganisationName: string;
  leadOfficerId: string | null;
  leadOfficerName: string | null;
  outcome: CaseOutcome | null;
  outcomeNotes: string | null;
  victimView: VictimView | null;
  victimViewNotes: string | null;
}

/** The case's details when the actor may see it; otherwise undefined. */
export async function findCaseRecord(db: Executor, actor: Actor, caseId: string): Promise<CaseRecord | undefined> {
  if (!isUuid(caseId)) return undefined;
  return db
    .selectFrom('cases')
    .innerJoin('organisations as o', 'o.id', 'cases.lead_organisation_id')
    .leftJoin('users as u', 'u.id', 'cases.lead_officer_id')
    .leftJoin('asb_categories as c', 'c.code', 'cases.category')
    .leftJoin('incident_types as t', 't.code', 'cases.incident_type_code')
    .leftJoin('districts as d', 'd.code', 'cases.district_code')
    .leftJoin('wards as w', 'w.code', 'cases.ward_code')
    .select([
      'cases.id',
      'cases.reference',
      'cases.status',
      'cases.summary',
      'cases.category',
      'c.name as categoryName',
      'cases.incident_type_code as incidentTypeCode',
      't.name as typeName',
      'cases.child_involved as childInvolved',
      'cases.hate_related as hateRelated',
      'cases.high_risk as highRisk',
      'cases.risk_level as riskLevel',
      'cases.location_text as locationText',
      'd.name as districtName',
      'w.name as wardName',
      'cases.npa_code as npaCode',
      'cases.opened_at as openedAt',
      'cases.closed_at as closedAt',
      'cases.lead_organisation_id as leadOrganisationId',
      'o.name as leadOrganisationName',
      'cases.lead_officer_id as leadOfficerId',
      'u.name as leadOfficerName',
      'cases.outcome',
      'cases.outcome_notes as outcomeNotes',
      'cases.victim_view as victimView',
      'cases.victim_view_notes as victimViewNotes',
    ])
    .where('cases.id', '=', caseId)
    .where(visibleCases(actor))
    .executeTakeFirst();
}

export interface CaseParty {
  personId: string;
  forename: string;
  surname: string;
  dateOfBirth: string | null;
  role: CasePartyRole;
  addedAt: Date;
}

/** The people on the case now (not removed), by surname, when the actor may see the case; else []. */
export async function casePartiesOf(db: Executor, actor: Actor, caseId: string): Promise<CaseParty[]> {
  if (!isUuid(caseId)) return [];
  return db
    .selectFrom('case_parties as cp')
    .innerJoin('cases', 'cases.id', 'cp.case_id')
    .innerJoin('people as p', 'p.id', 'cp.person_id')
    .select(['p.id as personId', 'p.forename', 'p.surname', 'p.date_of_birth as dateOfBirth', 'cp.role', 'cp.added_at as addedAt'])
    .where('cp.case_id', '=', caseId)
    .where('cp.removed_at', 'is', null)
    .where(visibleCases(actor))
    .orderBy('p.surname')
    .orderBy('p.forename')
    .orderBy('cp.role')
    .execute();
}

export interface CaseIncident {
  incidentId: string;
  /** Null when the actor may not see the incident (see heldBy). */
  reference: string | null;
  reportedAt: Date | null;
  month: string | null;
  typeName: string | null;
  locationText: string | null;
  visible: boolean;
  /** The organisation that recorded the incident (shown instead of it when not visible). */
  heldBy: string | null;
  linkedAt: Date;
}

/**
 * The incidents linked to the case, in the order they were linked, when the actor may see the
 * case; else []. An incident the actor may not see carries only its holder and link date.
 */
export async function caseIncidentsOf(db: Executor, actor: Actor, caseId: string): Promise<CaseIncident[]> {
  if (!isUuid(caseId)) return [];
  const rows = await db
    .selectFrom('case_incidents as ci')
    .innerJoin('cases', 'cases.id', 'ci.case_id')
    .innerJoin('incidents', 'incidents.id', 'ci.incident_id')
    .leftJoin('organisations as o', 'o.id', 'incidents.organisation_id')
    .leftJoin('incident_types as t', 't.code', 'incidents.incident_type_code')
    .select((eb) => [
      'incidents.id as incidentId',
      'incidents.reference',
      'incidents.reported_at as reportedAt',
      'incidents.month',
      't.name as typeName',
      'incidents.location_text as locationText',
      'o.name as heldBy',
      'ci.linked_at as linkedAt',
      sql<boolean>`${visibleIncidents(actor)(eb)}`.as('visible'),
    ])
    .where('ci.case_id', '=', caseId)
    .where(visibleCases(actor))
    .orderBy('ci.linked_at')
    .orderBy('incidents.reference')
    .execute();
  return rows.map((r) => {
    const visible = r.visible === true || String(r.visible) === 'true';
    return visible
      ? { ...r, visible }
      : {
          incidentId: r.incidentId,
          reference: null,
          reportedAt: null,
          month: null,
          typeName: null,
          locationText: null,
          visible,
          heldBy: r.heldBy,
          linkedAt: r.linkedAt,
        };
  });
}

export interface IncidentCase {
  id: string;
  reference: string;
  status: CaseStatus;
  leadOrganisationName: string;
  leadOfficerName: string | null;
}

/** The cases the actor may see that hold the incident, newest first. */
export async function casesOfIncident(db: Executor, actor: Actor, incidentId: string): Promise<IncidentCase[]> {
  if (!isUuid(incidentId)) return [];
  return db
    .selectFrom('case_incidents as ci')
    .innerJoin('cases', 'cases.id', 'ci.case_id')
    .innerJoin('organisations as o', 'o.id', 'cases.lead_organisation_id')
    .leftJoin('users as u', 'u.id', 'cases.lead_officer_id')
    .select(['cases.id', 'cases.reference', 'cases.status', 'o.name as leadOrganisationName', 'u.name as leadOfficerName'])
    .where('ci.incident_id', '=', incidentId)
    .where(visibleCases(actor))
    .orderBy('cases.opened_at', 'desc')
    .execute();
}

/** Active staff of the organisation whose roles there hold 'cases:work': who may lead a case. By name. */
export async function caseOfficerOptions(db: Executor, organisationId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('users as u')
    .innerJoin('memberships as m', 'm.user_id', 'u.id')
    .select(['u.id', 'u.name'])
    .distinct()
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', 'in', [...PERMISSIONS['cases:work']])
    .where('u.active', '=', true)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** How many events the case's timeline holds. The caller has already checked the case is visible. */
export async function countCaseEvents(db: Executor, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('case_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What opening a case copies from an incident: classification, flags and place. */
export interface IncidentForCase {
  id: string;
  reference: string;
  category: string | null;
  incidentTypeCode: string | null;
  hateRelated: boolean;
  childInvolved: boolean;
  /** The incident's place, in the columns a case stores it in (migration 004). */
  place: Pick<
    Selectable<CasesTable>,
    | 'location_text'
    | 'latitude'
    | 'longitude'
    | 'easting'
    | 'northing'
    | 'lsoa21_code'
    | 'ward_code'
    | 'district_code'
    | 'csp_code'
    | 'npa_code'
  >;
}

/**
 * An incident the actor may see, by its id or its reference (any case, surrounding spaces
 * ignored); undefined when there is none or the actor may not see it.
 */
export async function findIncidentForCase(db: Executor, actor: Actor, idOrReference: string): Promise<IncidentForCase | undefined> {
  const key = idOrReference.trim();
  if (!key) return undefined;
  const row = await db
    .selectFrom('incidents')
    .select([
      'id',
      'reference',
      'category',
      'incident_type_code',
      'hate_related',
      'child_involved',
      'location_text',
      'latitude',
      'longitude',
      'easting',
      'northing',
      'lsoa21_code',
      'ward_code',
      'district_code',
      'csp_code',
      'npa_code',
    ])
    .where((eb) => (isUuid(key) ? eb('incidents.id', '=', key) : eb(eb.fn('upper', ['incidents.reference']), '=', key.toUpperCase())))
    .where(visibleIncidents(actor))
    .executeTakeFirst();
  if (!row) return undefined;
  const { id, reference, category, incident_type_code, hate_related, child_involved, ...place } = row;
  return { id, reference, category, incidentTypeCode: incident_type_code, hateRelated: hate_related, childInvolved: child_involved, place };
}
