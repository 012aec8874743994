/**
 * The incidents linked to a case, in the order they were linked, when the actor may see the case
 * (case-scope.ts); none otherwise. An incident the actor may not see carries only the
 * organisation holding it and the date it was linked. Not audited here (the page's viewCase
 * audits the view).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseIncidentsOf, type CaseIncident } from '../../db/repositories/case-records.js';
import type { Actor } from '../../domain/access/roles.js';

export type { CaseIncident };

/** @returns the linked incidents, or [] when the case is not visible to the actor. */
export async function listCaseIncidents(db: Kysely<Database>, actor: Actor, caseId: string): Promise<CaseIncident[]> {
  return caseIncidentsOf(db, actor, caseId);
}
