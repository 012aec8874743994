/**
 * One incident type for the administrator's edit page: its current version and every version
 * before it (history is appended, never edited: CONVENTIONS.md habit 4; DOMAIN.md §1.3).
 * Reference data, not scoped.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  findIncidentType,
  incidentTypeRevisions,
  type IncidentTypeRevisionRow,
  type IncidentTypeRow,
} from '../../db/repositories/incident-types.js';

export type { IncidentTypeRevisionRow, IncidentTypeRow } from '../../db/repositories/incident-types.js';

export interface IncidentTypeView {
  type: IncidentTypeRow;
  /** Newest first, each with the name of who made it (null when Concord made it: the first version). */
  revisions: IncidentTypeRevisionRow[];
}

/** @returns the type and its revisions, or undefined for an unknown code. */
export async function viewIncidentType(db: Kysely<Database>, code: string): Promise<IncidentTypeView | undefined> {
  const type = await findIncidentType(db, code);
  if (!type) return undefined;
  return { type, revisions: await incidentTypeRevisions(db, code) };
}
