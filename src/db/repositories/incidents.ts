/**
 * Writing incidents, their parties and the vulnerabilities recorded with them, and the reads the
 * recording journey makes of an incident it has just written. Reads of one incident go through
 * `visibleIncidents(actor)`: an incident the actor may not see is "not found". Writes run inside
 * the caller's transaction; the caller checks permissions and audits.
 */
import { sql, type Insertable } from 'kysely';
import type { Actor } from '../../domain/access/roles.js';
import type { IncidentPartiesTable, IncidentsTable, IncidentSource, PersonVulnerabilitiesTable } from '../schema.js';
import type { Executor } from './audit-log.js';
import { visibleIncidents } from './incident-scope.js';

/** The next number of the partnership-wide incident reference sequence (`incident_reference_seq`). */
export async function nextIncidentNumber(db: Executor): Promise<number> {
  const seq = await sql<{ n: string | number }>`SELECT nextval('incident_reference_seq') AS n`.execute(db);
  return Number(seq.rows[0]!.n);
}

/** Inserts one incident. @returns its id and the stored hate-related and crime-linked flags. */
export async function insertIncident(
  db: Executor,
  values: Insertable<IncidentsTable>,
): Promise<{ id: string; hate_related: boolean; crime_linked: boolean }> {
  return db.insertInto('incidents').values(values).returning(['id', 'hate_related', 'crime_linked']).executeTakeFirstOrThrow();
}

/** Inserts incidents in one statement (bulk seeding). */
export async function insertIncidentRows(db: Executor, rows: readonly Insertable<IncidentsTable>[]): Promise<void> {
  await db
    .insertInto('incidents')
    .values([...rows])
    .execute();
}

/** Links people to incidents in their roles; a (incident, person, role) already linked is a unique-key error. */
export async function insertIncidentParties(db: Executor, rows: readonly Insertable<IncidentPartiesTable>[]): Promise<void> {
  await db
    .insertInto('incident_parties')
    .values([...rows])
    .execute();
}

/** The people linked to the incidents, as `{ person_id, role }` (one row per link), unordered. */
export async function partyRolesOf(
  db: Executor,
  incidentIds: readonly string[],
): Promise<{ person_id: string; role: IncidentPartiesTable['role'] }[]> {
  return db
    .selectFrom('incident_parties')
    .select(['person_id', 'role'])
    .where('incident_id', 'in', [...incidentIds])
    .execute();
}

/** Records vulnerability factors of a person, as said with an incident. */
export async function insertPersonVulnerability(db: Executor, values: Insertable<PersonVulnerabilitiesTable>): Promise<void> {
  await db.insertInto('person_vulnerabilities').values(values).execute();
}

/** Sets the incident's lead agency and the reason for it. */
export async function setIncidentLeadAgency(db: Executor, id: string, lead: 'police' | 'partner', reason: string): Promise<void> {
  await db.updateTable('incidents').set({ lead_agency: lead, lead_agency_reason: reason }).where('id', '=', id).execute();
}

/**
 * Locks the incident's row (FOR UPDATE, in the caller's transaction) if the actor may see it:
 * its id and when the caller was told of the ASB Case Review (null: not yet). Undefined otherwise.
 */
export async function lockVisibleIncidentCaseReview(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<{ id: string; explainedAt: Date | null } | undefined> {
  return db
    .selectFrom('incidents')
    .select(['incidents.id', 'incidents.case_review_explained_at as explainedAt'])
    .where('incidents.id', '=', id)
    .where(visibleIncidents(actor))
    .forUpdate()
    .executeTakeFirst();
}

/** Records that the caller was told of the ASB Case Review, at `at`, by the user `by`. */
export async function setCaseReviewExplained(db: Executor, id: string, at: Date, by: string | null): Promise<void> {
  await db.updateTable('incidents').set({ case_review_explained_at: at, case_review_explained_by: by }).where('id', '=', id).execute();
}

/** What the report journey shows of an incident once saved; lat/lon are WGS84 degrees (may be strings from pg). */
export interface RecordedIncidentRow {
  id: string;
  reference: string;
  leadAgency: 'police' | 'partner' | null;
  leadAgencyReason: string | null;
  caseReviewExplainedAt: Date | null;
  lat: number | null;
  lon: number | null;
}

/** The incident if `userId` recorded it and the actor may see it; otherwise undefined. */
export async function findRecordedIncident(
  db: Executor,
  actor: Actor,
  userId: string,
  id: string,
): Promise<RecordedIncidentRow | undefined> {
  return db
    .selectFrom('incidents')
    .select([
      'incidents.id',
      'incidents.reference',
      'incidents.lead_agency as leadAgency',
      'incidents.lead_agency_reason as leadAgencyReason',
      'incidents.case_review_explained_at as caseReviewExplainedAt',
      'incidents.latitude as lat',
      'incidents.longitude as lon',
    ])
    .where('incidents.id', '=', id)
    .where('incidents.created_by', '=', userId)
    .where(visibleIncidents(actor))
    .executeTakeFirst();
}

/** True when any incident of this source exists (e.g. 'demo': the demo data is seeded). */
export async function anyIncidentFrom(db: Executor, source: IncidentSource): Promise<boolean> {
  const row = await db.selectFrom('incidents').select('id').where('source', '=', source).limit(1).executeTakeFirst();
  return row !== undefined;
}
