/**
 * The register of intervention types (the Incremental Approach ladder), in ladder order (tier,
 * then sort order; premises and area measures last), for the administration pages and the
 * "Record an action" pages. Reference data: nothing is scoped or audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { interventionTypes, type InterventionType } from '../../db/repositories/interventions.js';

export type { InterventionType };

/** @returns every type, or with `activeOnly` only those that may be recorded now. */
export async function listInterventionTypes(db: Kysely<Database>, opts: { activeOnly?: boolean } = {}): Promise<InterventionType[]> {
  return interventionTypes(db, opts);
}
