/**
 * The SQL of changing the register of intervention types (services/powers: the administrators'
 * add and edit, and the startup seed of the default types): whether a code is taken, the last
 * sort order, inserting, locking and updating a type. The register is reference data, not
 * personal data of a case, so nothing here is scoped to the actor: the services check
 * 'admin:reference' before calling. The scoped reads of the register are in interventions.ts
 * (interventionTypes).
 */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { InterventionTypesTable } from '../schema.js';
import type { Executor } from './audit-log.js';

/** True when a type with this code is in the register (active or not). */
export async function interventionTypeCodeTaken(db: Executor, code: string): Promise<boolean> {
  return !!(await db.selectFrom('intervention_types').select('code').where('code', '=', code).executeTakeFirst());
}

/** The highest sort order in the register, as a number; 0 when the register is empty. */
export async function highestInterventionTypeSortOrder(db: Executor): Promise<number> {
  const last = await db
    .selectFrom('intervention_types')
    .select((eb) => eb.fn.max('sort_order').as('n'))
    .executeTakeFirst();
  return Number(last?.n ?? 0);
}

/** Inserts one type. @throws the driver's unique violation (code '23505') when the code is taken. */
export async function insertInterventionType(db: Executor, values: Insertable<InterventionTypesTable>): Promise<void> {
  await db.insertInto('intervention_types').values(values).execute();
}

/** One type as stored, locked FOR UPDATE until the caller's transaction ends; undefined for an unknown code. */
export async function lockInterventionType(db: Executor, code: string): Promise<Selectable<InterventionTypesTable> | undefined> {
  return db.selectFrom('intervention_types').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
}

/** Writes the given columns of one type (the code never changes). */
export async function updateInterventionType(db: Executor, code: string, changes: Updateable<InterventionTypesTable>): Promise<void> {
  await db.updateTable('intervention_types').set(changes).where('code', '=', code).execute();
}

/**
 * Inserts the types whose code is not in the register yet and leaves stored rows untouched
 * (ON CONFLICT DO NOTHING). @returns the codes inserted now.
 */
export async function insertMissingInterventionTypes(db: Executor, rows: readonly Insertable<InterventionTypesTable>[]): Promise<string[]> {
  if (!rows.length) return [];
  const added = await db
    .insertInto('intervention_types')
    .values([...rows])
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .execute();
  return added.map((a) => a.code);
}
