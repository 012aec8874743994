/**
 * The SQL of recording on an intervention (services/powers: record an intervention, a breach, an
 * outcome): the subject's party row and whether the case has a parent or guardian, inserting the
 * intervention and its breaches, locking an intervention on its case and setting its outcome.
 * Each runs in the caller's transaction on a case the caller has already locked through the
 * actor's scope (services/cases/case-change.ts lockCase, visibleCases), so nothing here scopes
 * again: every read is restricted to that case id.
 */
import type { Insertable } from 'kysely';
import type { InterventionBreachesTable, InterventionOutcome, InterventionsTable } from '../schema.js';
import type { Executor } from './audit-log.js';

/** A current (not removed) party of the case with the person's name and date of birth ('YYYY-MM-DD' or null); undefined when not on it. */
export async function currentCasePartyPerson(
  db: Executor,
  caseId: string,
  personId: string,
): Promise<{ forename: string; surname: string; date_of_birth: string | null } | undefined> {
  return db
    .selectFrom('case_parties as cp')
    .innerJoin('people as p', 'p.id', 'cp.person_id')
    .select(['p.forename', 'p.surname', 'p.date_of_birth'])
    .where('cp.case_id', '=', caseId)
    .where('cp.person_id', '=', personId)
    .where('cp.removed_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
}

/** True when a parent or guardian is a current party of the case. */
export async function caseHasParentOrGuardian(db: Executor, caseId: string): Promise<boolean> {
  return !!(await db
    .selectFrom('case_parties')
    .select('person_id')
    .where('case_id', '=', caseId)
    .where('role', '=', 'parent_guardian')
    .where('removed_at', 'is', null)
    .executeTakeFirst());
}

/** Inserts one intervention. @returns its id. */
export async function insertIntervention(db: Executor, values: Insertable<InterventionsTable>): Promise<string> {
  const row = await db.insertInto('interventions').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** An intervention as the change services need it. */
export interface InterventionOnCaseRow {
  id: string;
  name: string;
  issued_on: string;
  subject_text: string | null;
  forename: string | null;
  surname: string | null;
}

/**
 * The intervention `interventionId` on case `caseId` with its type's name and the person's name,
 * its row locked FOR UPDATE until the caller's transaction ends; undefined when it is not on that case.
 */
export async function lockInterventionOnCase(
  db: Executor,
  caseId: string,
  interventionId: string,
): Promise<InterventionOnCaseRow | undefined> {
  return db
    .selectFrom('interventions as i')
    .innerJoin('intervention_types as t', 't.code', 'i.type_code')
    .leftJoin('people as p', 'p.id', 'i.person_id')
    .select(['i.id', 't.name', 'i.issued_on', 'i.subject_text', 'p.forename', 'p.surname'])
    .where('i.id', '=', interventionId)
    .where('i.case_id', '=', caseId)
    .forUpdate('i')
    .executeTakeFirst();
}

/** Inserts one breach of an intervention. @returns its id. */
export async function insertInterventionBreach(db: Executor, values: Insertable<InterventionBreachesTable>): Promise<string> {
  const row = await db.insertInto('intervention_breaches').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Sets an intervention's outcome, its London date 'YYYY-MM-DD' and notes (replacing any earlier outcome). */
export async function setInterventionOutcome(
  db: Executor,
  interventionId: string,
  outcome: { outcome: InterventionOutcome; outcomeOn: string; notes: string | null },
): Promise<void> {
  await db
    .updateTable('interventions')
    .set({ outcome: outcome.outcome, outcome_on: outcome.outcomeOn, outcome_notes: outcome.notes })
    .where('id', '=', interventionId)
    .execute();
}
