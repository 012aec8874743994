/**
 * The versioned incident-type list (DOMAIN.md §1.3) for the administrator's incident-types page:
 * every type, active or not, at its current version. Reference data, not scoped.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { listIncidentTypes as incidentTypeList, type IncidentTypeRow } from '../../db/repositories/incident-types.js';

export type { IncidentTypeRow } from '../../db/repositories/incident-types.js';

/** @returns every incident type in the list's order (sort order, then code). */
export async function listIncidentTypes(db: Kysely<Database>): Promise<IncidentTypeRow[]> {
  return incidentTypeList(db);
}
