/**
 * The register of action (intervention) types as the "Record an action" pages offer it, in
 * ladder order (tier, then sort order; premises and area measures last). Reference data: nothing
 * is scoped or audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { interventionTypes, type InterventionType } from '../../db/repositories/interventions.js';

export type { InterventionType };

/** @returns every type, or with `activeOnly` only those that may be recorded now. */
export async function listActionTypes(db: Kysely<Database>, opts: { activeOnly?: boolean } = {}): Promise<InterventionType[]> {
  return interventionTypes(db, opts);
}
