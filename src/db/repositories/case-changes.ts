/**
 * The SQL of changing a case (services/cases: open, update, change status, and every service that
 * locks a case before changing what hangs off it): locking the case, the checks on a lead officer
 * and a type of incident, the case reference sequence, and the writes to `cases`. Each runs in
 * the caller's transaction. Scoping: the lock reads through visibleCases(actor), so a case the
 * actor may not see is not found; the writes take a case id the caller has locked that way; the
 * two checks read reference data and memberships, which are not personal data of a case.
 */
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { PERMISSIONS, type Actor } from '../../domain/access/roles.js';
import type { CaseOutcome, CasesTable, CaseStatus, VictimView } from '../schema.js';
import type { Executor } from './audit-log.js';
import { visibleCases } from './case-scope.js';

/** A case as a change needs it, locked. */
export interface LockedCaseRow {
  id: string;
  reference: string;
  status: CaseStatus;
  leadOrganisationId: string;
}

/**
 * The case when `actor` may see it, locked FOR UPDATE until the caller's transaction ends (so two
 * changes never interleave); undefined when it does not exist or is not visible. `caseId` must
 * be a UUID (the caller checks).
 */
export async function lockVisibleCase(db: Executor, actor: Actor, caseId: string): Promise<LockedCaseRow | undefined> {
  const row = await db
    .selectFrom('cases')
    .select(['id', 'reference', 'status', 'lead_organisation_id'])
    .where('id', '=', caseId)
    .where(visibleCases(actor))
    .forUpdate()
    .executeTakeFirst();
  return row && { id: row.id, reference: row.reference, status: row.status, leadOrganisationId: row.lead_organisation_id };
}

/** True when `userId` (a UUID) is an active user whose roles in `organisationId` hold 'cases:work'. */
export async function isActiveCaseOfficer(db: Executor, organisationId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('m.user_id')
    .where('m.user_id', '=', userId)
    .where('m.organisation_id', '=', organisationId)
    .where('m.role', 'in', [...PERMISSIONS['cases:work']])
    .where('u.active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when `code` is a type of incident still in use (incident_types.active). */
export async function isIncidentTypeInUse(db: Executor, code: string): Promise<boolean> {
  const row = await db.selectFrom('incident_types').select('code').where('code', '=', code).where('active', '=', true).executeTakeFirst();
  return row !== undefined;
}

/** The next number of `case_reference_seq` (a sequence: never rolled back, so numbers may be skipped). */
export async function nextCaseReferenceNumber(db: Executor): Promise<number> {
  const seq = await sql<{ n: string | number }>`SELECT nextval('case_reference_seq') AS n`.execute(db);
  return Number(seq.rows[0]!.n);
}

/** Inserts one case. @returns its id. */
export async function insertCase(db: Executor, values: Insertable<CasesTable>): Promise<string> {
  const row = await db.insertInto('cases').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The details a case's officers change (services/cases/update-case.ts), as stored. */
export type CaseDetailsRow = Pick<
  Selectable<CasesTable>,
  'summary' | 'category' | 'incident_type_code' | 'lead_officer_id' | 'child_involved' | 'hate_related' | 'high_risk'
>;

/** One case's details as stored. @throws NoResultError when the case does not exist. */
export async function caseDetails(db: Executor, caseId: string): Promise<CaseDetailsRow> {
  return db
    .selectFrom('cases')
    .select(['summary', 'category', 'incident_type_code', 'lead_officer_id', 'child_involved', 'hate_related', 'high_risk'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
}

/** Writes the given columns of one case's details (never status: see setCaseStatus). */
export async function updateCaseDetails(db: Executor, caseId: string, changes: Updateable<CasesTable>): Promise<void> {
  await db.updateTable('cases').set(changes).where('id', '=', caseId).execute();
}

/** A case's status with its closure fields (all null unless closing). */
export interface CaseStatusChange {
  status: CaseStatus;
  closedAt: Date | null;
  outcome: CaseOutcome | null;
  outcomeNotes: string | null;
  victimView: VictimView | null;
  victimViewNotes: string | null;
}

/** Writes a case's status and closure fields: only change-status.ts calls it (CONVENTIONS.md habit 3). */
export async function setCaseStatus(db: Executor, caseId: string, change: CaseStatusChange): Promise<void> {
  await db
    .updateTable('cases')
    .set({
      status: change.status,
      closed_at: change.closedAt,
      outcome: change.outcome,
      outcome_notes: change.outcomeNotes,
      victim_view: change.victimView,
      victim_view_notes: change.victimViewNotes,
    })
    .where('id', '=', caseId)
    .execute();
}
