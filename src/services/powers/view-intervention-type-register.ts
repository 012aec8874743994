/**
 * The register of intervention types (tools and powers) as the administrator's pages show it:
 * every type, in use or not, in ladder order (DOMAIN.md §2.3 [S45]). Reference data, not scoped;
 * only the 'admin:reference' pages reach it (checked by their guards).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { interventionTypes, type InterventionType } from '../../db/repositories/interventions.js';

export type { InterventionType } from '../../db/repositories/interventions.js';

/** @returns every type by sort order, then code; each with tier (1–9 or null), subject kinds and whether in use. */
export async function viewInterventionTypeRegister(db: Kysely<Database>): Promise<InterventionType[]> {
  return interventionTypes(db);
}
