/**
 * Writes and reads for seeding the demo partnership's cases (services/demo): synthetic cases
 * with references DEMO-CASE-0001 onwards, their incidents, parties, timeline, risk assessments,
 * supervisory reviews and victim contact. Inserts take the rows as built by the seeding, with
 * their own timestamps (unlike the case services, which stamp "now"). Never used for real data;
 * not scoped: the seeding acts for no user, inside its own transaction (the caller's).
 */
import type { Insertable, Selectable } from 'kysely';
import type {
  CaseEventsTable,
  CaseIncidentsTable,
  CasePartiesTable,
  CasesTable,
  IncidentsTable,
  RiskAssessmentsTable,
  RiskKind,
  RiskLevel,
  SupervisoryReviewsTable,
  VictimContactPlansTable,
  VictimContactsTable,
} from '../schema.js';
import type { Executor } from './audit-log.js';

/** Demo case references match this LIKE pattern. */
export const DEMO_CASE_REFERENCES = 'DEMO-CASE-%';

/** True when any demo case exists. */
export async function anyDemoCase(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('cases').select('id').where('reference', 'like', DEMO_CASE_REFERENCES).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The ids of every demo case, unordered. */
export async function demoCaseIds(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('cases').select('id').where('reference', 'like', DEMO_CASE_REFERENCES).execute();
  return rows.map((r) => r.id);
}

/** Every risk questionnaire version (`definition` as stored), newest version first. */
export async function riskQuestionnairesNewestFirst(
  db: Executor,
): Promise<{ id: string; kind: RiskKind; version: number; definition: unknown }[]> {
  return db.selectFrom('risk_questionnaires').select(['id', 'kind', 'version', 'definition']).orderBy('version', 'desc').execute();
}

/** A demo incident with its victim: one row per victim link. */
export interface DemoVictimIncident {
  id: string;
  reference: string;
  reported_at: Date | null;
  district_code: string | null;
  victimId: string;
}

/** Demo incidents reported between `from` and `to` (both inclusive), one row per victim, by reference. */
export async function demoVictimIncidents(db: Executor, from: Date, to: Date): Promise<DemoVictimIncident[]> {
  return db
    .selectFrom('incidents as i')
    .innerJoin('incident_parties as ip', (j) => j.onRef('ip.incident_id', '=', 'i.id').on('ip.role', '=', 'victim'))
    .select(['i.id', 'i.reference', 'i.reported_at', 'i.district_code', 'ip.person_id as victimId'])
    .where('i.source', '=', 'demo')
    .where('i.reported_at', '>=', from)
    .where('i.reported_at', '<=', to)
    .orderBy('i.reference')
    .execute();
}

/** The whole incident row. @throws NoResultError when there is none. */
export async function incidentRowById(db: Executor, id: string): Promise<Selectable<IncidentsTable>> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The ids of the victim's latest `limit` demo incidents, other than `exceptId`, reported before `before`; newest first. */
export async function earlierDemoIncidentIds(
  db: Executor,
  victimId: string,
  exceptId: string,
  before: Date,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('incident_parties as ip')
    .innerJoin('incidents as i', 'i.id', 'ip.incident_id')
    .select('i.id')
    .where('ip.person_id', '=', victimId)
    .where('i.source', '=', 'demo')
    .where('i.id', '!=', exceptId)
    .where('i.reported_at', '<', before)
    .orderBy('i.reported_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Inserts a case. @returns its id. */
export async function insertCaseRow(db: Executor, values: Insertable<CasesTable>): Promise<{ id: string }> {
  return db.insertInto('cases').values(values).returning('id').executeTakeFirstOrThrow();
}

/** Appends an event, at its own time, to a case's timeline (cases.updated_at is left alone). */
export async function insertCaseEventRow(db: Executor, values: Insertable<CaseEventsTable>): Promise<void> {
  await db.insertInto('case_events').values(values).execute();
}

/** Links incidents to cases. */
export async function insertCaseIncidentRows(db: Executor, rows: readonly Insertable<CaseIncidentsTable>[]): Promise<void> {
  await db
    .insertInto('case_incidents')
    .values([...rows])
    .execute();
}

/** Adds people to cases in their roles. */
export async function insertCasePartyRows(db: Executor, rows: readonly Insertable<CasePartiesTable>[]): Promise<void> {
  await db
    .insertInto('case_parties')
    .values([...rows])
    .execute();
}

/** Inserts a risk assessment as given. */
export async function insertRiskAssessmentRow(db: Executor, values: Insertable<RiskAssessmentsTable>): Promise<void> {
  await db.insertInto('risk_assessments').values(values).execute();
}

/** Inserts a supervisory review as given. */
export async function insertSupervisoryReviewRow(db: Executor, values: Insertable<SupervisoryReviewsTable>): Promise<void> {
  await db.insertInto('supervisory_reviews').values(values).execute();
}

/** Inserts a victim contact plan as given. */
export async function insertVictimContactPlanRow(db: Executor, values: Insertable<VictimContactPlansTable>): Promise<void> {
  await db.insertInto('victim_contact_plans').values(values).execute();
}

/** Inserts a victim contact as given. */
export async function insertVictimContactRow(db: Executor, values: Insertable<VictimContactsTable>): Promise<void> {
  await db.insertInto('victim_contacts').values(values).execute();
}

/** Sets the case's risk level and high-risk flag. */
export async function setCaseRisk(db: Executor, caseId: string, level: RiskLevel | null, highRisk: boolean): Promise<void> {
  await db.updateTable('cases').set({ risk_level: level, high_risk: highRisk }).where('id', '=', caseId).execute();
}
