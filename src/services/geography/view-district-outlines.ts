/**
 * The local authority districts' outlines for the report journey's map when no base tiles are
 * configured. Boundaries are open data (ONS), so not scoped to the actor; nothing is audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { districtOutlines } from '../../db/repositories/gazetteer.js';

/**
 * @returns a GeoJSON FeatureCollection of the districts with a boundary loaded, by name, each
 *   feature's properties `{ code, name }` (WGS84 coordinates); empty when none are loaded
 */
export async function viewDistrictOutlines(db: Kysely<Database>): Promise<{ type: 'FeatureCollection'; features: unknown[] }> {
  return districtOutlines(db);
}
