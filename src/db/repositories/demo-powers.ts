/**
 * Writes and reads for seeding interventions on the demo partnership's cases (services/demo):
 * the demo cases (references DEMO-CASE-…) with their current parties, and interventions,
 * breaches and outcomes inserted as the seeding builds them. Never used for real data; not
 * scoped: the seeding acts for no user, inside its own transaction (the caller's).
 */
import type { Insertable } from 'kysely';
import type { CasePartiesTable, InterventionBreachesTable, InterventionOutcome, InterventionsTable } from '../schema.js';
import type { Executor } from './audit-log.js';
import { DEMO_CASE_REFERENCES } from './demo-casework.js';

export interface DemoCaseRow {
  id: string;
  lead_organisation_id: string;
  lead_officer_id: string | null;
  opened_at: Date;
  closed_at: Date | null;
  location_text: string | null;
  /** The lead organisation's name. */
  name: string;
}

export interface DemoCasePartyRow {
  case_id: string;
  role: CasePartiesTable['role'];
  id: string;
  forename: string;
  surname: string;
  date_of_birth: string | null;
}

/** Every demo case with its lead organisation's name, by reference. */
export async function demoCaseRows(db: Executor): Promise<DemoCaseRow[]> {
  return db
    .selectFrom('cases as c')
    .innerJoin('organisations as o', 'o.id', 'c.lead_organisation_id')
    .select(['c.id', 'c.lead_organisation_id', 'c.lead_officer_id', 'c.opened_at', 'c.closed_at', 'c.location_text', 'o.name'])
    .where('c.reference', 'like', DEMO_CASE_REFERENCES)
    .orderBy('c.reference')
    .execute();
}

/** The current (not removed) parties of the cases with their names and dates of birth, by case then person id. */
export async function currentPartiesOfCases(db: Executor, caseIds: readonly string[]): Promise<DemoCasePartyRow[]> {
  return db
    .selectFrom('case_parties as cp')
    .innerJoin('people as p', 'p.id', 'cp.person_id')
    .select(['cp.case_id', 'cp.role', 'p.id', 'p.forename', 'p.surname', 'p.date_of_birth'])
    .where('cp.case_id', 'in', caseIds.length ? [...caseIds] : ['00000000-0000-0000-0000-000000000000'])
    .where('cp.removed_at', 'is', null)
    .orderBy('cp.case_id')
    .orderBy('p.id')
    .execute();
}

/** True when any intervention is recorded on a demo case. */
export async function anyDemoIntervention(db: Executor): Promise<boolean> {
  const row = await db
    .selectFrom('interventions as i')
    .innerJoin('cases as c', 'c.id', 'i.case_id')
    .select('i.id')
    .where('c.reference', 'like', DEMO_CASE_REFERENCES)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Inserts an intervention as given (its id included). */
export async function insertInterventionRow(db: Executor, values: Insertable<InterventionsTable>): Promise<void> {
  await db.insertInto('interventions').values(values).execute();
}

/** Inserts a breach of an intervention as given. */
export async function insertInterventionBreachRow(db: Executor, values: Insertable<InterventionBreachesTable>): Promise<void> {
  await db.insertInto('intervention_breaches').values(values).execute();
}

/** Sets the intervention's outcome, its date (YYYY-MM-DD) and notes. */
export async function setInterventionOutcome(
  db: Executor,
  id: string,
  outcome: { outcome: InterventionOutcome; on: string; notes: string },
): Promise<void> {
  await db
    .updateTable('interventions')
    .set({ outcome: outcome.outcome, outcome_on: outcome.on, outcome_notes: outcome.notes })
    .where('id', '=', id)
    .execute();
}
