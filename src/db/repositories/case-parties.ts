/**
 * The SQL of a case's people (services/cases: open, link incident, add and remove a party):
 * copying an incident's people, adding, putting back and taking off a case party. Each runs in the
 * caller's transaction on a case the caller has already locked through the actor's scope
 * (case-changes.ts lockVisibleCase) and incidents it has found through theirs
 * (case-records.ts findIncidentForCase), so nothing here scopes again. The one exception is
 * personToAdd, which reads any person by id: the add-party service takes the id from the people
 * search, which is scoped.
 */
import type { CasePartyRole, IncidentPartiesTable } from '../schema.js';
import type { Executor } from './audit-log.js';

/** The people on the incidents, in their incident roles, in no particular order. */
export async function partiesOfIncidents(
  db: Executor,
  incidentIds: readonly string[],
): Promise<{ incident_id: string; person_id: string; role: IncidentPartiesTable['role'] }[]> {
  return db
    .selectFrom('incident_parties')
    .select(['incident_id', 'person_id', 'role'])
    .where('incident_id', 'in', [...incidentIds])
    .execute();
}

/** Every (person, role) the case has held, removed ones included. */
export async function casePartyRoles(db: Executor, caseId: string): Promise<{ person_id: string; role: CasePartyRole }[]> {
  return db.selectFrom('case_parties').select(['person_id', 'role']).where('case_id', '=', caseId).execute();
}

/** A party to add: `addedAt` left out means now (the column's default). */
export interface NewCaseParty {
  caseId: string;
  personId: string;
  role: CasePartyRole;
  addedBy: string | null;
  addedAt?: Date;
}

/** Inserts case parties in one statement (at least one). */
export async function insertCaseParties(db: Executor, parties: readonly NewCaseParty[]): Promise<void> {
  await db
    .insertInto('case_parties')
    .values(
      parties.map((p) => ({
        case_id: p.caseId,
        person_id: p.personId,
        role: p.role,
        ...(p.addedAt ? { added_at: p.addedAt } : {}),
        added_by: p.addedBy,
      })),
    )
    .execute();
}

/** Any person by id, with their name; undefined when there is none. Not scoped: see the module note. */
export async function personToAdd(db: Executor, personId: string): Promise<{ id: string; forename: string; surname: string } | undefined> {
  return db.selectFrom('people').select(['id', 'forename', 'surname']).where('id', '=', personId).executeTakeFirst();
}

/** The person's row on the case in that role, current or removed; undefined when they never held it. */
export async function findCaseParty(
  db: Executor,
  caseId: string,
  personId: string,
  role: CasePartyRole,
): Promise<{ removedAt: Date | null } | undefined> {
  const row = await db
    .selectFrom('case_parties')
    .select('removed_at')
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .where('role', '=', role)
    .executeTakeFirst();
  return row && { removedAt: row.removed_at };
}

/** Puts a removed party back on the case in that role, as added at `addedAt` by `addedBy`. */
export async function restoreCaseParty(db: Executor, party: Required<NewCaseParty>): Promise<void> {
  await db
    .updateTable('case_parties')
    .set({ removed_at: null, added_at: party.addedAt, added_by: party.addedBy })
    .where('case_id', '=', party.caseId)
    .where('person_id', '=', party.personId)
    .where('role', '=', party.role)
    .execute();
}

/** The name of a person currently on the case in that role; undefined when they are not (or no longer) on it. */
export async function currentCasePartyName(
  db: Executor,
  caseId: string,
  personId: string,
  role: CasePartyRole,
): Promise<{ forename: string; surname: string } | undefined> {
  return db
    .selectFrom('case_parties as cp')
    .innerJoin('people as p', 'p.id', 'cp.person_id')
    .select(['p.forename', 'p.surname'])
    .where('cp.case_id', '=', caseId)
    .where('cp.person_id', '=', personId)
    .where('cp.role', '=', role)
    .where('cp.removed_at', 'is', null)
    .executeTakeFirst();
}

/** Takes the person off the case in that role at `removedAt` (the row stays). */
export async function markCasePartyRemoved(
  db: Executor,
  caseId: string,
  personId: string,
  role: CasePartyRole,
  removedAt: Date,
): Promise<void> {
  await db
    .updateTable('case_parties')
    .set({ removed_at: removedAt })
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .where('role', '=', role)
    .execute();
}
