/**
 * The versioned incident-type list (DOMAIN.md §1.3): the current version of each type and its
 * revision history. Reference data, readable by every signed-in user.
 */
import type { Executor } from './audit-log.js';

export interface IncidentTypeRow {
  code: string;
  name: string;
  description: string;
  nsirType: string | null;
  active: boolean;
  version: number;
  updatedAt: Date;
}

export interface IncidentTypeRevisionRow {
  version: number;
  name: string;
  description: string;
  nsirType: string | null;
  active: boolean;
  changedByName: string | null;
  changedAt: Date;
}

const COLUMNS = ['code', 'name', 'description', 'nsir_type as nsirType', 'active', 'version', 'updated_at as updatedAt'] as const;

/** Every incident type, in the list's order. */
export async function listIncidentTypes(db: Executor): Promise<IncidentTypeRow[]> {
  return db.selectFrom('incident_types').select(COLUMNS).orderBy('sort_order').orderBy('code').execute();
}

/** One incident type by code, or undefined. */
export async function findIncidentType(db: Executor, code: string): Promise<IncidentTypeRow | undefined> {
  return db.selectFrom('incident_types').select(COLUMNS).where('code', '=', code).executeTakeFirst();
}

/** The type's revisions, newest first, with who made each. */
export async function incidentTypeRevisions(db: Executor, code: string): Promise<IncidentTypeRevisionRow[]> {
  return db
    .selectFrom('incident_type_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.changed_by')
    .select([
      'r.version',
      'r.name',
      'r.description',
      'r.nsir_type as nsirType',
      'r.active',
      'u.name as changedByName',
      'r.changed_at as changedAt',
    ])
    .where('r.code', '=', code)
    .orderBy('r.version', 'desc')
    .execute();
}

/** The editable columns of an incident type (and of each revision). */
export interface IncidentTypeValues {
  name: string;
  description: string;
  nsir_type: string | null;
  active: boolean;
}

/**
 * Locks the type's row (FOR UPDATE, in the caller's transaction): its current values and
 * version, or undefined for an unknown code.
 */
export async function lockIncidentType(db: Executor, code: string): Promise<(IncidentTypeValues & { version: number }) | undefined> {
  return db
    .selectFrom('incident_types')
    .select(['name', 'description', 'nsir_type', 'active', 'version'])
    .where('code', '=', code)
    .forUpdate()
    .executeTakeFirst();
}

/** The highest sort_order in the list (0 when the list is empty). */
export async function lastIncidentTypeSortOrder(db: Executor): Promise<number> {
  const last = await db
    .selectFrom('incident_types')
    .select((eb) => eb.fn.max('sort_order').as('n'))
    .executeTakeFirst();
  return Number(last?.n ?? 0);
}

/** Inserts a type; a taken code is a unique-key error (23505). */
export async function insertIncidentType(
  db: Executor,
  type: IncidentTypeValues & { code: string; sort_order: number; version: number },
): Promise<void> {
  await db.insertInto('incident_types').values(type).execute();
}

/** Sets the type's values and version, stamped updated at `at`. */
export async function updateIncidentType(
  db: Executor,
  code: string,
  values: IncidentTypeValues & { version: number },
  at: Date,
): Promise<void> {
  await db
    .updateTable('incident_types')
    .set({ ...values, updated_at: at })
    .where('code', '=', code)
    .execute();
}

/** Appends revisions (history is never edited); `changed_by` null for the seeded first version. */
export async function insertIncidentTypeRevisions(
  db: Executor,
  revisions: readonly (IncidentTypeValues & { code: string; version: number; changed_by?: string | null })[],
): Promise<void> {
  await db
    .insertInto('incident_type_revisions')
    .values([...revisions])
    .execute();
}

/**
 * Inserts the types whose code is not taken yet (existing rows, an administrator's edits
 * included, are kept). @returns the codes inserted.
 */
export async function insertMissingIncidentTypes(
  db: Executor,
  types: readonly { code: string; name: string; description: string; nsir_type: string | null; sort_order: number }[],
): Promise<string[]> {
  const added = await db
    .insertInto('incident_types')
    .values([...types])
    .onConflict((oc) => oc.doNothing())
    .returning('code')
    .execute();
  return added.map((a) => a.code);
}
