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
