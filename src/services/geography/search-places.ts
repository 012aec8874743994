/**
 * Finding a place by name for the report journey's gazetteer: police.uk street points, then wards,
 * then LSOAs (2021) whose name contains the query, each with a point to record. Open data only,
 * so not scoped to the actor; no recorded incident's own location is read, nothing is audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { searchGazetteer, type GazetteerPlace } from '../../db/repositories/gazetteer.js';

export type { GazetteerPlace } from '../../db/repositories/gazetteer.js';

/**
 * @param query part of a place's name, any case (the caller bounds its length)
 * @returns at most 8 streets, 3 wards and 3 LSOAs; none for fewer than 2 characters
 */
export async function searchPlaces(db: Kysely<Database>, query: string): Promise<GazetteerPlace[]> {
  return searchGazetteer(db, query);
}
